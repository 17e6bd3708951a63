package gm.plot;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureWriterTest {
    @TempDir
    Path folder;

    private static final double[][] TWO_CLASSES = {{1, 2}, {2, 3.5}, {3, 3}, {4, 5}, {5, 4}, {2, 7}, {3, 8}, {4, 7.5},
        {5, 9}, {6, 8.5}};
    private static final String[] LABELS = {"a", "a", "a", "a", "a", "b", "b", "b", "b", "b"};

    private static List<Figure> everyKindOfFigure() {
        LabelledPoints points = LabelledPoints.of(TWO_CLASSES, LABELS);
        LabelledPoints threeD = LabelledPoints.of(new double[][] {{1, 2, 3}, {2, 1, 5}, {3, 4, 4}, {0, 2, 2}},
                new String[] {"u", "v", "u", "v"});
        PlotOptions small = PlotOptions.DEFAULT.withSize(320, 240);
        List<ClassGaussian> gaussians = List.of(new ClassGaussian("a", new double[] {3, 3.5}, new double[][] {{2, 1.2}, {1.2, 1.3}}),
                new ClassGaussian("b", new double[] {4, 8}, new double[][] {{2, 0.9}, {0.9, 0.7}}));
        ClassGrid grid = ClassGrid.evaluate(p -> p[1] > 6 ? 1 : 0, new AxisRange(0, 7), new AxisRange(1, 10), 40, 30);
        DensityGrid density = DensityGrid.evaluate(p -> Math.exp(-(p[0] * p[0] + p[1] * p[1]) / 2),
                new AxisRange(-3, 3), new AxisRange(-3, 3), 41, 41);
        return List.of(new Histogram(new double[] {1, 2, 2, 3, 3, 3, 4}, 4, "x", small),
                new Scatter(points, "x", "y", gaussians, Coverage.sigma(2), small),
                new Pairs(points, List.of("x", "y"), 5, small),
                new Scatter3d(threeD, List.of("p", "q", "r"), -60, 30, small),
                new DecisionRegions(grid, points, List.of("a", "b"), "x", "y", small),
                new PdfCurves(List.of(Curve.sample("prior", x -> Math.exp(-x * x / 2), new AxisRange(-3, 3), 50),
                        Curve.sample("posterior", x -> Math.exp(-(x - 1) * (x - 1)), new AxisRange(-3, 3), 50)), "μ", small),
                new DensityContours(density, null, null, "x", "y", small),
                new QqPlot(new double[] {3.1, 0.4, 2.2, 5.9, 1.7, 2.8, 4.4, 2.0}, "x", small));
    }

    @Test
    void everyFigureWritesAPngOfTheRequestedSize() throws IOException {
        for (Figure figure : everyKindOfFigure()) {
            Path png = folder.resolve(figure.getClass().getSimpleName() + ".png");
            FigureWriter.write(figure, png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " is not a readable PNG");
            assertEquals(320, image.getWidth(), png.toString());
            assertEquals(240, image.getHeight(), png.toString());
            assertTrue(distinctColours(image) > 3, png + " looks blank");
        }
    }

    @Test
    void everyFigureWritesAnSvgOfTheRequestedSize() throws Exception {
        for (Figure figure : everyKindOfFigure()) {
            Path svg = folder.resolve(figure.getClass().getSimpleName() + ".SVG");
            FigureWriter.write(figure, svg);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // the SVG names the W3C DTD; tests must not fetch it
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertEquals(320, Double.parseDouble(root.getAttribute("width")), 0, svg.toString());
            assertEquals(240, Double.parseDouble(root.getAttribute("height")), 0, svg.toString());
        }
    }

    @Test
    void histogramBarsAppearInTheBarColour() throws IOException {
        Path png = folder.resolve("bars.png");
        FigureWriter.write(new Histogram(new double[] {1, 2, 2, 3}, 3, null, "x"), png);
        BufferedImage image = ImageIO.read(png.toFile());
        int bar = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == 0x1f77b4) {
                    bar++;
                }
            }
        }
        assertTrue(bar > 10_000, "bar pixels: " + bar);
    }

    private static int distinctColours(BufferedImage image) {
        return (int) java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().limit(10).count();
    }

    @Test
    void unknownExtensionNamesTheFormats() {
        Figure figure = new Histogram(new double[] {1, 2}, 2, null, "x");
        PlotException pdf = assertThrows(PlotException.class, () -> FigureWriter.write(figure, folder.resolve("h.pdf")));
        assertEquals("cannot tell the image format of 'h.pdf': '.pdf' is not supported", pdf.getMessage());
        assertEquals("end the file name in one of .png or .svg", pdf.hint());
        PlotException none = assertThrows(PlotException.class, () -> FigureWriter.write(figure, folder.resolve("h")));
        assertEquals("cannot tell the image format of 'h': it has no extension", none.getMessage());
    }

    @Test
    void failureMidWayKeepsTheEarlierFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("figure.png");
        byte[] earlier = "the earlier figure".getBytes(StandardCharsets.UTF_8);
        Files.write(target, earlier);
        PlotException failure = assertThrows(PlotException.class, () -> FigureWriter.writeAtomically(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("disk full");
        }));
        assertEquals("cannot write '" + target + "': disk full", failure.getMessage());
        assertArrayEquals(earlier, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void failedDrawingLeavesNoFileAtAll() throws IOException {
        Path target = folder.resolve("new.png");
        assertThrows(IllegalStateException.class, () -> FigureWriter.writeAtomically(target, out -> {
            out.write(1);
            throw new IllegalStateException("drawing failed");
        }));
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void successfulWriteReplacesTheEarlierFile() throws IOException {
        Path target = folder.resolve("figure.svg");
        Files.writeString(target, "old and much longer than the new content");
        FigureWriter.writeAtomically(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), filesIn(folder));
    }

    @Test
    void missingFolderIsExplained() {
        Path target = folder.resolve("no-such-folder").resolve("h.png");
        PlotException missing = assertThrows(PlotException.class,
                () -> FigureWriter.write(new Histogram(new double[] {1, 2}, 2, null, "x"), target));
        assertTrue(missing.getMessage().endsWith("no-such-folder' does not exist"), missing.getMessage());
        assertEquals("create the folder first, or write somewhere else", missing.hint());
    }

    @Test
    void pngBytesDecode() throws IOException {
        Path png = folder.resolve("q.png");
        FigureWriter.write(new QqPlot(new double[] {1, 2, 3}, "x"), png);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertEquals(PlotOptions.DEFAULT_WIDTH, image.getWidth());
        assertEquals(PlotOptions.DEFAULT_HEIGHT, image.getHeight());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
