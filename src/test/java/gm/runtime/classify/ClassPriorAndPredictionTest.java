package gm.runtime.classify;

import java.util.List;

import org.junit.jupiter.api.Test;

import gm.runtime.GaussianException;

import static gm.runtime.TestData.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassPriorAndPredictionTest {
    private static final List<String> ABC = List.of("a", "b", "c");

    @Test
    void priors() {
        assertClose(new double[] {Math.log(.2), Math.log(.3), Math.log(.5)},
                ClassPrior.empirical().logProbabilities(ABC, new long[] {2, 3, 5}), 1e-15);
        assertClose(new double[] {-Math.log(3), -Math.log(3), -Math.log(3)},
                ClassPrior.uniform().logProbabilities(ABC, null), 1e-15);
        // within 1e-9 of 1: rescaled to sum to 1 exactly
        double[] log = ClassPrior.of(.2, .3, .5 + 5e-10).logProbabilities(ABC, null);
        assertClose(Math.log(.5 + 5e-10) - Math.log(1 + 5e-10), log[2], 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, ClassPrior.of(0, .5, .5).logProbabilities(ABC, null)[0]);
    }

    @Test
    void priorErrors() {
        GaussianException e = assertThrows(GaussianException.class, () -> ClassPrior.of(.5, .4));
        assertEquals("the prior probabilities [0.5, 0.4] sum to 0.9, not 1", e.getMessage());
        assertEquals("make them sum to 1, e.g. divide each by 0.9", e.hint());
        e = assertThrows(GaussianException.class, () -> ClassPrior.of(1.1, -.1));
        assertEquals("prior probability 2 is -0.1; probabilities must be finite and at least 0", e.getMessage());
        e = assertThrows(GaussianException.class, () -> ClassPrior.of(.5, .5 + 2e-9));
        assertEquals("the prior probabilities [0.5, 0.500000002] sum to 1.0000000020000002, not 1", e.getMessage());
    }

    @Test
    void posteriorsSumToOneAndIgnoreAConstantShift() {
        double[] logJoint = {-1.5, -0.25, -3};
        Prediction prediction = Prediction.fromLogJoint(ABC, logJoint);
        // by hand: exp(l) / Σ exp(l) = (0.22313, 0.77880, 0.04979) / 1.05172
        double norm = Math.exp(-1.5) + Math.exp(-0.25) + Math.exp(-3);
        assertClose(new double[] {Math.exp(-1.5) / norm, Math.exp(-0.25) / norm, Math.exp(-3) / norm},
                prediction.posterior(), 1e-15);
        assertEquals("b", prediction.predictedClass());
        assertEquals(1, prediction.predictedIndex());
        for (double shift : new double[] {-1e6, -700, 700, 1e6}) {
            double[] shifted = new double[3];
            for (int c = 0; c < 3; c++) {
                shifted[c] = logJoint[c] + shift;
            }
            // the shift costs the rounding of |shift| · 2^-52 in the log joint probabilities
            Prediction moved = Prediction.fromLogJoint(ABC, shifted);
            assertClose(prediction.posterior(), moved.posterior(), Math.abs(shift) * 1e-15);
            double sum = 0;
            for (double p : moved.posterior()) {
                sum += p;
            }
            assertEquals(1, sum, 1e-15);
        }
    }

    @Test
    void logJointErrors() {
        GaussianException e = assertThrows(GaussianException.class, () -> Prediction.fromLogJoint(ABC,
                new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}));
        assertEquals("the point has probability 0 under every class (a, b, c)", e.getMessage());
        e = assertThrows(GaussianException.class, () -> Prediction.fromLogJoint(ABC, new double[] {0, Double.NaN, 0}));
        assertEquals("the log probability of class 'b' is NaN", e.getMessage());
    }
}
