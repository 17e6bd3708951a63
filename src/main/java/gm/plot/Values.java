package gm.plot;

/** Checks of the plain value arrays that figures are made from. */
final class Values {
    private Values() {
    }

    /** A copy of a non-empty array of finite values; 'what' names the variable in messages. */
    static double[] finite(double[] values, String what) {
        if (values == null || values.length == 0) {
            throw new PlotException("there are no values of '" + what + "' to plot", "select rows with values");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new PlotException("'" + what + "' has the non-finite value " + values[i] + " at position " + (i + 1),
                        "remove or impute missing and infinite values first");
            }
        }
        return values.clone();
    }
}
