package gm.plot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected texts worked out by hand from the layout rules in the comments, not copied from the renderer. */
class TerminalRendererTest {
    private static final String BLANK_ROW = " ".repeat(9) + "│\n";

    @Test
    void histogramBarsInEighthsOfACell() {
        // bins [1, 1.667), [1.667, 2.333), [2.333, 3] hold 1, 2, 3; bar cells = 40 · count / 3 in eighths:
        // 106.7 → 107 eighths = 13 full + ▍ (3/8); 213.3 → 213 = 26 full + ▋ (5/8); 320 = 40 full
        String expected = "Histogram of x\n"
                + "       1 ┤" + "█".repeat(13) + "▍" + " ".repeat(26) + " 1\n"
                + "   1.667 ┤" + "█".repeat(26) + "▋" + " ".repeat(13) + " 2\n"
                + "   2.333 ┤" + "█".repeat(40) + " 3\n"
                + "       3 ┘\n"
                + " ".repeat(10) + "0" + " ".repeat(38) + "3\n"
                + " ".repeat(10) + "count per bin of x\n";
        assertEquals(expected, TerminalRenderer.render(new Histogram(new double[] {1, 2, 2, 3, 3, 3}, 3, null, "x")));
    }

    @Test
    void scatterMarksCornersByClassAndSharedCells() {
        // x and y span [0, 10]: 50 columns, 16 rows; (0, 0) and (0.1, 0.1) share the bottom-left cell
        LabelledPoints points = LabelledPoints.of(new double[][] {{0, 0}, {10, 10}, {10, 0}, {0, 10}, {0.1, 0.1}},
                new String[] {"a", "b", "a", "b", "b"});
        String expected = "y against x\n"
                + " ".repeat(10) + "y\n"
                + "      10 ┤x" + " ".repeat(48) + "x\n"
                + BLANK_ROW.repeat(14)
                + "       0 ┤*" + " ".repeat(48) + "o\n"
                + " ".repeat(9) + "└" + "─".repeat(50) + "\n"
                + " ".repeat(10) + "0" + " ".repeat(47) + "10\n"
                + " ".repeat(10) + "x\n"
                + " ".repeat(10) + "o a   x b   * several\n";
        assertEquals(expected, TerminalRenderer.render(new Scatter(points, "x", "y")));
    }

    @Test
    void curveHasOneMarkPerColumnAtItsHeight() {
        // y = x on [0, 1] with the y axis [0, 1]: column c holds x = (c + 0.5)/50, drawn in row 15 − ⌊16x⌋
        PdfCurves figure = new PdfCurves(List.of(new Curve("line", new double[] {0, 1}, new double[] {0, 1})), "x");
        String[] lines = TerminalRenderer.render(figure).split("\n");
        assertEquals("Density of x", lines[0]);
        // columns 47..49 (x = 0.95, 0.97, 0.99; 16x ≥ 15) reach the top row
        assertEquals("       1 ┤" + " ".repeat(47) + "ooo", lines[2]);
        for (int c = 0; c < 50; c++) {
            int expectedRow = 15 - (int) Math.floor(16 * (c + 0.5) / 50);
            for (int row = 0; row < 16; row++) {
                String line = lines[2 + row];
                char cell = line.length() > 10 + c ? line.charAt(10 + c) : ' ';
                assertEquals(row == expectedRow ? 'o' : ' ', cell, "row " + row + ", column " + c);
            }
        }
        assertEquals(" ".repeat(10) + "o line", lines[lines.length - 1]);
    }

    @Test
    void everyRenderingFitsSixtyColumnsAndRepeatsExactly() {
        double[] values = new double[200];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i * 0.37) * 1234.5 + i;
        }
        List<Figure> figures = List.of(new Histogram(values, 37, null, "a rather long variable name"),
                new QqPlot(values, "v"),
                new Scatter(LabelledPoints.of(new double[][] {{1, 2}, {3, 1}, {2, 2}}), "x", "y",
                        List.of(new ClassGaussian("all", new double[] {2, 1.7}, new double[][] {{1, 0.2}, {0.2, 0.3}})),
                        Coverage.level(0.9), PlotOptions.DEFAULT),
                new PdfCurves(List.of(Curve.sample("prior", x -> Math.exp(-x * x), new AxisRange(-3, 3), 100),
                        Curve.sample("posterior", x -> Math.exp(-4 * x * x), new AxisRange(-3, 3), 100)), "μ"));
        for (Figure figure : figures) {
            String text = TerminalRenderer.render(figure);
            assertEquals(text, TerminalRenderer.render(figure));
            for (String line : text.split("\n")) {
                if (!line.startsWith(figure.title())) {
                    assertTrue(line.codePointCount(0, line.length()) <= TerminalRenderer.WIDTH, line);
                }
            }
        }
    }

    @Test
    void ellipseOutlineIsDottedAndNamedInTheLegend() {
        String text = TerminalRenderer.render(new Scatter(LabelledPoints.of(new double[][] {{0, 0}}), "x", "y",
                List.of(new ClassGaussian("all", new double[] {0, 0}, new double[][] {{1, 0}, {0, 1}})),
                Coverage.sigma(2), PlotOptions.DEFAULT));
        String[] lines = text.split("\n");
        // the circle of radius 2 sets both ranges to about [-2, 2]: its top touches row 0, its bottom row 15
        assertTrue(lines[2].contains("."), lines[2]);
        assertTrue(lines[17].contains("."), lines[17]);
        // points without classes need no legend entry; the ellipse's coverage does
        assertEquals(" ".repeat(10) + ". 2σ ellipses", lines[lines.length - 1]);
    }

    @Test
    void figuresWithoutTextRenderingSaySo() {
        Pairs pairs = new Pairs(LabelledPoints.of(new double[][] {{1, 2}, {2, 3}}), List.of("a", "b"));
        PlotException e = assertThrows(PlotException.class, () -> TerminalRenderer.render(pairs));
        assertEquals("a pairs plot has no text rendering", e.getMessage());
        assertEquals("write it to a .png or .svg file", e.hint());
    }
}
