package gm.runtime;

import gm.runtime.classify.Prediction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Properties of the Gaussian runtime on random data, one seed per case (a failing seed reproduces exactly). Values are
 * compared with independent two-pass computations written out here, or between two routes that must agree.
 */
class GaussianPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    /** Rows of a random correlated Gaussian, with offsets and scales that differ by orders of magnitude. */
    private static double[][] randomRows(Random random, int n, int d) {
        double[] offset = new double[d];
        double[][] lower = new double[d][d];
        for (int i = 0; i < d; i++) {
            offset[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7));
            double scale = Math.pow(10, random.nextInt(5) - 2);
            for (int j = 0; j <= i; j++) {
                lower[i][j] = scale * (i == j ? 0.5 + random.nextDouble() : random.nextGaussian());
            }
        }
        double[][] rows = new double[n][d];
        for (int r = 0; r < n; r++) {
            double[] z = new double[d];
            for (int i = 0; i < d; i++) {
                z[i] = random.nextGaussian();
            }
            for (int i = 0; i < d; i++) {
                rows[r][i] = offset[i];
                for (int j = 0; j <= i; j++) {
                    rows[r][i] += lower[i][j] * z[j];
                }
            }
        }
        return rows;
    }

    private static double[] twoPassMean(double[][] rows) {
        double[] mean = new double[rows[0].length];
        for (double[] row : rows) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= rows.length;
        }
        return mean;
    }

    /** The covariance dividing by n − ddof, from deviations about the two-pass mean. */
    private static double[][] twoPassCovariance(double[][] rows, int ddof) {
        double[] mean = twoPassMean(rows);
        int d = mean.length;
        double[][] cov = new double[d][d];
        for (double[] row : rows) {
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    cov[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]);
                }
            }
        }
        for (double[] line : cov) {
            for (int j = 0; j < d; j++) {
                line[j] /= rows.length - ddof;
            }
        }
        return cov;
    }

    private static Moments moments(double[][] rows) {
        Moments moments = new Moments(rows[0].length);
        for (double[] row : rows) {
            moments.add(row);
        }
        return moments;
    }

    /** Equal within a relative tolerance of the largest entry (so tiny entries next to large ones are not over-judged). */
    private static void assertClose(double[][] expected, double[][] actual, double tolerance, String what) {
        double scale = Arrays.stream(expected).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertEquals(expected[i][j], actual[i][j], tolerance * Math.max(scale, 1e-300), what + "[" + i + "][" + j + "]");
            }
        }
    }

    private static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertClose(new double[][] {expected}, new double[][] {actual}, tolerance, what);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStreamedFitEqualsTheTwoPassEstimates(long seed) {
        Random random = new Random(seed);
        int d = 1 + random.nextInt(4);
        double[][] rows = randomRows(random, d + 2 + random.nextInt(300), d);
        Gaussian fitted = GaussianFit.fit(moments(rows), null, Estimator.MLE, CovarianceStructure.FULL, Checks.defaultNames(d));
        assertClose(twoPassMean(rows), fitted.mean(), 1e-12, "mean");
        assertClose(twoPassCovariance(rows, 0), fitted.cov(), 1e-10, "covariance");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mergingPartialStatisticsIsAssociative(long seed) {
        Random random = new Random(seed);
        int d = 1 + random.nextInt(4);
        double[][] rows = randomRows(random, 3 + random.nextInt(300), d);
        int first = random.nextInt(rows.length);
        int second = first + random.nextInt(rows.length - first + 1);
        double[][] a = Arrays.copyOfRange(rows, 0, first);
        double[][] b = Arrays.copyOfRange(rows, first, second);
        double[][] c = Arrays.copyOfRange(rows, second, rows.length);

        Moments left = part(a, d);
        left.merge(part(b, d));
        left.merge(part(c, d));
        Moments bc = part(b, d);
        bc.merge(part(c, d));
        Moments right = part(a, d);
        right.merge(bc);
        Moments onePass = moments(rows);

        assertEquals(onePass.count(), left.count());
        assertEquals(onePass.count(), right.count());
        assertClose(left.mean(), right.mean(), 1e-13, "mean");
        assertClose(left.comoment(), right.comoment(), 1e-11, "comoment");
        assertClose(onePass.mean(), left.mean(), 1e-13, "mean");
        assertClose(onePass.comoment(), left.comoment(), 1e-11, "comoment");
    }

    private static Moments part(double[][] rows, int d) {
        Moments moments = new Moments(d);
        for (double[] row : rows) {
            moments.add(row);
        }
        return moments;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sequentialUpdatesEqualTheBatchEstimates(long seed) {
        Random random = new Random(seed);
        int d = 1 + random.nextInt(3);
        double[][] rows = randomRows(random, d + 3 + random.nextInt(200), d);
        OnlineGaussian online = new OnlineGaussian(d);
        for (double[] row : rows) {
            online.update(row);
        }
        double[][] unbiased = twoPassCovariance(rows, 1);
        assertClose(twoPassMean(rows), online.mean(), 1e-12, "mean");
        assertClose(unbiased, online.cov(), 1e-9, "covariance");
        assertClose(new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(unbiased)).getSolver().getInverse().getData(),
                online.precision(), 1e-6, "precision");

        NiwPrior prior = new NiwPrior(twoPassMean(randomRows(random, 2, d)), 0.5 + random.nextDouble(), d + 1 + random.nextInt(3),
                twoPassCovariance(randomRows(random, d + 5, d), 1));
        int split = random.nextInt(rows.length + 1);
        NiwPosterior sequential = prior.posterior(part(Arrays.copyOfRange(rows, 0, split), d))
                .update(part(Arrays.copyOfRange(rows, split, rows.length), d));
        NiwPosterior batch = prior.posterior(moments(rows));
        assertEquals(batch.n(), sequential.n());
        assertEquals(batch.kappaN(), sequential.kappaN(), 1e-12 * batch.kappaN());
        assertEquals(batch.nuN(), sequential.nuN(), 1e-12 * batch.nuN());
        assertClose(batch.mN(), sequential.mN(), 1e-11, "m_N");
        assertClose(batch.SN(), sequential.SN(), 1e-9, "S_N");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void conditioningAndMarginalisingCommute(long seed) {
        Random random = new Random(seed);
        int d = 3 + random.nextInt(3);
        Gaussian g = GaussianFit.fit(moments(randomRows(random, 4 * d, d)), null, Estimator.MLE, CovarianceStructure.FULL,
                Checks.defaultNames(d));
        // Observe the last variable at a random value; keep the first one or two of the others.
        int observed = d - 1;
        double value = g.mean()[observed] + random.nextGaussian() * Math.sqrt(g.cov()[observed][observed]);
        int[] kept = random.nextBoolean() ? new int[] {0} : new int[] {0, 1};

        Gaussian conditionThenMarginal = g.condition(new int[] {observed}, new double[] {value}).marginal(kept);
        int[] keptAndObserved = Arrays.copyOf(kept, kept.length + 1);
        keptAndObserved[kept.length] = observed;
        Gaussian marginalThenCondition = g.marginal(keptAndObserved).condition(new int[] {kept.length}, new double[] {value});

        assertClose(conditionThenMarginal.mean(), marginalThenCondition.mean(), 1e-10, "mean");
        assertClose(conditionThenMarginal.cov(), marginalThenCondition.cov(), 1e-10, "covariance");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void whitenedDataHasIdentityCovariance(long seed) {
        Random random = new Random(seed);
        int d = 1 + random.nextInt(4);
        double[][] rows = randomRows(random, d + 2 + random.nextInt(200), d);
        WhiteningMethod method = WhiteningMethod.values()[random.nextInt(WhiteningMethod.values().length)];
        double[][] whitened = Whitening.whiten(rows, method);
        double[][] identity = new double[d][d];
        for (int i = 0; i < d; i++) {
            identity[i][i] = 1;
        }
        // Offsets up to 1e6 times the spread leave about 1e-10 of the spread in the inputs' last digits.
        double[] mean = twoPassMean(whitened);
        double[][] covariance = twoPassCovariance(whitened, 1);
        for (int i = 0; i < d; i++) {
            assertEquals(0, mean[i], 1e-6, method + " mean " + i);
            for (int j = 0; j < d; j++) {
                assertEquals(identity[i][j], covariance[i][j], 1e-6, method + " covariance " + i + ", " + j);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void posteriorProbabilitiesSumToOneAndIgnoreACommonShift(long seed) {
        Random random = new Random(seed);
        int classes = 2 + random.nextInt(5);
        List<String> names = new ArrayList<>();
        double[] logJoint = new double[classes];
        for (int c = 0; c < classes; c++) {
            names.add("c" + c);
            logJoint[c] = random.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(4));
        }
        logJoint[random.nextInt(classes)] = random.nextGaussian();
        double shift = (random.nextDouble() - 0.5) * 1e4;
        double[] shifted = Arrays.stream(logJoint).map(l -> l + shift).toArray();

        double[] posterior = Prediction.fromLogJoint(names, logJoint).posterior();
        double[] posteriorShifted = Prediction.fromLogJoint(names, shifted).posterior();
        assertEquals(1, Arrays.stream(posterior).sum(), 1e-14);
        assertEquals(1, Arrays.stream(posteriorShifted).sum(), 1e-14);
        double max = Arrays.stream(logJoint).max().orElseThrow();
        double total = Arrays.stream(logJoint).map(l -> Math.exp(l - max)).sum();
        for (int c = 0; c < classes; c++) {
            assertEquals(Math.exp(logJoint[c] - max) / total, posterior[c], 1e-14, "class " + c);
            assertEquals(posterior[c], posteriorShifted[c], 1e-10, "class " + c + " after a shift of " + shift);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aVanishingNiwPriorGivesTheMaximumLikelihoodEstimates(long seed) {
        Random random = new Random(seed);
        int d = 1 + random.nextInt(3);
        double[][] rows = randomRows(random, d + 2 + random.nextInt(200), d);
        double[] mle = twoPassMean(rows);
        double[][] mleCovariance = twoPassCovariance(rows, 0);
        // A prior mean a few standard deviations from the data's: its pull fades as kappa0 does.
        double[] m0 = new double[d];
        for (int i = 0; i < d; i++) {
            m0[i] = mle[i] + 3 * random.nextGaussian() * Math.sqrt(mleCovariance[i][i]);
        }
        for (double epsilon : new double[] {1e-2, 1e-5, 1e-8}) {
            double[][] scale = new double[d][d];
            for (int i = 0; i < d; i++) {
                scale[i][i] = epsilon * mleCovariance[i][i];
            }
            NiwPosterior posterior = new NiwPrior(m0, epsilon, d - 1 + epsilon, scale).posterior(moments(rows));
            double[][] scatterPerRow = posterior.SN();
            for (double[] line : scatterPerRow) {
                for (int j = 0; j < d; j++) {
                    line[j] /= rows.length;
                }
            }
            assertClose(mle, posterior.posteriorMeanMu(), 100 * epsilon, "posterior mean of mu, epsilon " + epsilon);
            assertClose(mleCovariance, scatterPerRow, 100 * epsilon, "S_N / n, epsilon " + epsilon);
        }
    }
}
