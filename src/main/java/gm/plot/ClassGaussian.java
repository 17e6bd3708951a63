package gm.plot;

import gm.runtime.Gaussian;

/** The fitted 2-d Gaussian of one class (or of all the data), drawn as an ellipse. */
public final class ClassGaussian {
    private final String label;
    private final double[] mean;
    private final double[][] cov;

    /** @param label the class it belongs to, matched against the scatter's point labels for its colour */
    public ClassGaussian(String label, double[] mean, double[][] cov) {
        if (label == null) {
            throw new PlotException("a Gaussian ellipse needs a name", "name it after its class");
        }
        Ellipse.of(mean, cov, Coverage.DEFAULT);
        this.label = label;
        this.mean = mean.clone();
        this.cov = new double[][] {cov[0].clone(), cov[1].clone()};
    }

    public static ClassGaussian of(String label, Gaussian gaussian) {
        if (gaussian.dim() != 2) {
            throw new PlotException("the Gaussian '" + label + "' has " + gaussian.dim()
                    + " variables; an ellipse needs 2", "plot the marginal of two variables");
        }
        return new ClassGaussian(label, gaussian.mean(), gaussian.cov());
    }

    public String label() {
        return label;
    }

    public double[] mean() {
        return mean.clone();
    }

    public double[][] cov() {
        return new double[][] {cov[0].clone(), cov[1].clone()};
    }

    public Ellipse ellipse(Coverage coverage) {
        return Ellipse.of(mean, cov, coverage);
    }
}
