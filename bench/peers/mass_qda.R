# load + QDA + predict the same rows, R MASS (data read with data.table): the number of misclassified rows.
suppressMessages({library(data.table); library(MASS)})
data <- fread(commandArgs(trailingOnly = TRUE)[1])
x <- as.matrix(data[, paste0("x", 1:8), with = FALSE])
model <- qda(x, data$label)
cat(sum(predict(model, x)$class != data$label), "\n")
