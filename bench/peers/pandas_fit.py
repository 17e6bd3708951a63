"""load + fit gaussian, pandas + numpy: the mean vector and MLE covariance of x1..x8 (17 significant digits)."""
import sys

import numpy as np
import pandas as pd

data = pd.read_csv(sys.argv[1])
x = data[[f"x{i}" for i in range(1, 9)]].to_numpy()
for value in np.concatenate([x.mean(axis=0), np.cov(x, rowvar=False, bias=True).ravel()]):
    print(repr(float(value)))
