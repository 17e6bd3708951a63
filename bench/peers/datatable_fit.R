# load + fit gaussian, R data.table: the mean vector and MLE covariance of x1..x8 (17 significant digits).
suppressMessages(library(data.table))
setDTthreads(0)
data <- fread(commandArgs(trailingOnly = TRUE)[1])
x <- as.matrix(data[, paste0("x", 1:8), with = FALSE])
n <- nrow(x)
cat(format(c(colMeans(x), cov(x) * (n - 1) / n), digits = 17), sep = "\n")
