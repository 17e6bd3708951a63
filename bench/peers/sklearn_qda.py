"""load + QDA + predict the same rows, scikit-learn: the number of misclassified rows."""
import sys

import pandas as pd
from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis

data = pd.read_csv(sys.argv[1])
x = data[[f"x{i}" for i in range(1, 9)]].to_numpy()
y = data["label"].to_numpy()
model = QuadraticDiscriminantAnalysis().fit(x, y)
print(int((model.predict(x) != y).sum()))
