import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the benchmark data: a header {@code label,x1..x8}, then rows of a label (a, b or c, with probabilities
 * 0.5, 0.3, 0.2) and eight values drawn from that class's Gaussian (its own mean and correlated covariance), each
 * written with 6 significant digits. The same seed gives the same file.
 *
 * <p>Run: {@code java bench/Generate.java ROWS FILE}
 */
public final class Generate {
    private static final String[] LABELS = {"a", "b", "c"};
    private static final double[] CLASS_PROBABILITIES = {0.5, 0.3, 0.2};
    private static final int D = 8;
    private static final long SEED = 20240606L;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/Generate.java ROWS FILE");
            System.exit(64);
        }
        long rows = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] means = new double[LABELS.length][D];
        double[][][] factors = new double[LABELS.length][D][D];
        for (int c = 0; c < LABELS.length; c++) {
            for (int i = 0; i < D; i++) {
                means[c][i] = (c - 1) * 1.5 + (i - 3.5) * 0.8;
                for (int j = 0; j <= i; j++) {
                    factors[c][i][j] = i == j ? 0.5 + 0.25 * (c + 1) + 0.1 * i : 0.3 * Math.sin(i + 2 * j + c);
                }
            }
        }
        StringBuilder line = new StringBuilder(128);
        double[] z = new double[D];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("label,x1,x2,x3,x4,x5,x6,x7,x8\n".getBytes(StandardCharsets.US_ASCII));
            for (long r = 0; r < rows; r++) {
                double u = random.nextDouble();
                int c = u < CLASS_PROBABILITIES[0] ? 0 : u < CLASS_PROBABILITIES[0] + CLASS_PROBABILITIES[1] ? 1 : 2;
                line.setLength(0);
                line.append(LABELS[c]);
                for (int i = 0; i < D; i++) {
                    z[i] = gaussian(random);
                }
                for (int i = 0; i < D; i++) {
                    double x = means[c][i];
                    for (int j = 0; j <= i; j++) {
                        x += factors[c][i][j] * z[j];
                    }
                    line.append(',');
                    appendSignificant(line, x, 6);
                }
                line.append('\n');
                for (int k = 0; k < line.length(); k++) {
                    out.write(line.charAt(k));
                }
            }
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /** x rounded to the given significant digits, in plain decimal notation (e.g. -0.0123456, 12.3456). */
    static void appendSignificant(StringBuilder out, double x, int digits) {
        if (x == 0) {
            out.append('0');
            return;
        }
        if (x < 0) {
            out.append('-');
            x = -x;
        }
        int exponent = (int) Math.floor(Math.log10(x));
        int scale = digits - 1 - exponent;
        long m = Math.round(x * Math.pow(10, scale));
        if (m >= pow10(digits)) {
            m /= 10;
            scale--;
        }
        String text = Long.toString(m);
        if (scale <= 0) {
            out.append(text);
            for (int i = 0; i < -scale; i++) {
                out.append('0');
            }
            return;
        }
        if (text.length() <= scale) {
            out.append("0.");
            for (int i = text.length(); i < scale; i++) {
                out.append('0');
            }
            out.append(text);
            return;
        }
        out.append(text, 0, text.length() - scale).append('.').append(text, text.length() - scale, text.length());
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
