package gm.eval;

import org.apache.commons.math3.random.RandomGenerator;

/** The simple distributions of the simulation exercises: uniform(a, b), bernoulli(p) and rademacher() (±1). */
sealed interface ScalarDistribution {

    /** log density (uniform) or log probability mass (bernoulli, rademacher); -Infinity outside the support. */
    double logpdf(double x);

    double sample(RandomGenerator random);

    /** How the distribution is written: "uniform(-1, 1)". */
    String text(ValueFormatter format);

    record Uniform(double low, double high) implements ScalarDistribution {
        public double logpdf(double x) {
            return x >= low && x <= high ? -Math.log(high - low) : Double.NEGATIVE_INFINITY;
        }

        public double sample(RandomGenerator random) {
            return low + (high - low) * random.nextDouble();
        }

        public String text(ValueFormatter format) {
            return "uniform(" + format.number(low) + ", " + format.number(high) + ")";
        }
    }

    record Bernoulli(double p) implements ScalarDistribution {
        public double logpdf(double x) {
            return x == 1 ? Math.log(p) : x == 0 ? Math.log1p(-p) : Double.NEGATIVE_INFINITY;
        }

        public double sample(RandomGenerator random) {
            return random.nextDouble() < p ? 1 : 0;
        }

        public String text(ValueFormatter format) {
            return "bernoulli(" + format.number(p) + "): 1 with probability " + format.number(p) + ", else 0";
        }
    }

    record Rademacher() implements ScalarDistribution {
        public double logpdf(double x) {
            return x == 1 || x == -1 ? -Math.log(2) : Double.NEGATIVE_INFINITY;
        }

        public double sample(RandomGenerator random) {
            return random.nextBoolean() ? 1 : -1;
        }

        public String text(ValueFormatter format) {
            return "rademacher(): -1 or 1 with probability 1/2 each";
        }
    }
}
