package gm.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plot and normality statements through the language: files of the requested size, text plots, test statistics. */
class PlotLanguageTest {

    private final ScriptSession gm = new ScriptSession();

    private static final String LOAD_RAW = "raw = load \"examples/data/heightWeightDataRaw.txt\" delimiter tab missing \"*\"\n";

    @Test
    void plotsAreWrittenAtTheRequestedSize(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("deeper/h.png");
        Path svg = folder.resolve("s.svg");
        gm.run(LOAD_RAW + "plot hist raw.Height size [320, 240] to \"" + png + "\"\n"
                + "gs = fit gaussian raw[Height, Weight] by Sex\n"
                + "plot scatter raw[Height, Weight] by Sex with gs level 0.9 size [400, 300] to \"" + svg + "\"");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.contains("width='400.0' height='300.0'"), text.substring(0, 300));
        assertTrue(gm.output().contains("plot hist: wrote " + png + " (320 × 240)"), gm.output());
    }

    @Test
    void textHistogramCountsTheValues() {
        gm.run("x = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4]\nplot hist x bins 4");
        // numpy.histogram([1,2,2,3,3,3,4,4,4,4], bins=4) → counts [1, 2, 3, 4], edges 1, 1.75, 2.5, 3.25, 4
        String[] lines = gm.output().split("\n");
        assertTrue(lines[1].trim().startsWith("1 ┤") && lines[1].trim().endsWith(" 1"), gm.output());
        assertTrue(lines[2].trim().startsWith("1.75 ┤") && lines[2].trim().endsWith(" 2"), gm.output());
        assertTrue(lines[3].trim().startsWith("2.5 ┤") && lines[3].trim().endsWith(" 3"), gm.output());
        assertTrue(lines[4].trim().startsWith("3.25 ┤") && lines[4].trim().endsWith(" 4"), gm.output());
    }

    @Test
    void normalityOfHeightMatchesScipy() {
        gm.run(LOAD_RAW + "set digits 12\nnormality raw.Height");
        // scipy.stats on the 213 heights: skew 0.21486331369, kurtosis −0.23442329669, jarque_bera 2.1266208998
        // (p 0.34531078206), shapiro W 0.98616150222 (p 0.03593766072; scipy's swilk uses 7-digit normal quantiles,
        // so W and its p-value agree to about 1e-8 only)
        String report = gm.output();
        assertEquals(0.21486331369, row(report, "skewness")[0], 1e-10);
        assertEquals(-0.23442329669, row(report, "excess kurtosis")[0], 1e-10);
        assertEquals(2.1266208998, row(report, "Jarque–Bera")[0], 1e-9);
        assertEquals(0.34531078206, row(report, "Jarque–Bera")[1], 1e-10);
        assertEquals(0.98616150222, row(report, "Shapiro–Wilk")[0], 1e-8);
        assertEquals(0.03593766072, row(report, "Shapiro–Wilk")[1], 1e-8);
        assertTrue(report.contains("verdict: not consistent with a normal distribution at the 5% level"), report);
    }

    /** The numbers on the report line that starts with the label. */
    private static double[] row(String report, String label) {
        return report.lines().map(String::trim).filter(line -> line.startsWith(label)).findFirst().map(line ->
                java.util.Arrays.stream(line.substring(label.length()).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray())
                .orElseThrow(() -> new AssertionError("no line " + label + " in " + report));
    }
}
