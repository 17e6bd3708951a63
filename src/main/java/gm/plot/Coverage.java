package gm.plot;

import gm.runtime.Wording;

import java.math.BigDecimal;

/**
 * How large a Gaussian ellipse is drawn: either the region holding a probability {@code level} of the
 * distribution, whose squared Mahalanobis radius is the chi-square quantile with 2 degrees of freedom,
 * r² = −2 ln(1 − level), or k standard deviations along each principal axis, r² = k².
 */
public final class Coverage {
    public static final Coverage DEFAULT = level(0.95);

    private final boolean sigma;
    private final double value;

    private Coverage(boolean sigma, double value) {
        this.sigma = sigma;
        this.value = value;
    }

    public static Coverage level(double level) {
        if (!(level > 0 && level < 1)) {
            throw new PlotException("an ellipse level is a probability strictly between 0 and 1, got " + Wording.number(level),
                    "for example 'level 0.95', or 'sigma 2' for two standard deviations");
        }
        return new Coverage(false, level);
    }

    public static Coverage sigma(double k) {
        if (!(k > 0) || !Double.isFinite(k)) {
            throw new PlotException("an ellipse needs a positive number of standard deviations, got " + Wording.number(k),
                    "for example 'sigma 2'");
        }
        return new Coverage(true, k);
    }

    public boolean isSigma() {
        return sigma;
    }

    /** The level, or k for sigma coverage. */
    public double value() {
        return value;
    }

    /** The squared Mahalanobis radius of the ellipse. */
    public double radiusSquared() {
        return sigma ? value * value : -2 * Math.log1p(-value);
    }

    /** "95% ellipses" or "2σ ellipses", for legends. */
    public String label() {
        BigDecimal decimal = new BigDecimal(Double.toString(value));
        String number = (sigma ? decimal : decimal.movePointRight(2)).stripTrailingZeros().toPlainString();
        return sigma ? number + "σ ellipses" : number + "% ellipses";
    }
}
