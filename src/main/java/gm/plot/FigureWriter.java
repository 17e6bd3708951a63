package gm.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import gm.io.AtomicFile;
import gm.io.FileWriteException;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a figure to a PNG or SVG file, by the file's extension, through {@link AtomicFile}: a failed write leaves
 * any earlier file whole and no temporary file behind.
 */
public final class FigureWriter {
    static {
        // Figures are drawn off screen; without this AWT may look for a display that a server or CI does not have.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private FigureWriter() {
    }

    public static void write(Figure figure, Path path) {
        ImageFormat format = ImageFormat.of(path);
        int width = figure.options().width();
        int height = figure.options().height();
        writeAtomically(path, out -> {
            if (format == ImageFormat.PNG) {
                writePng(figure, width, height, out);
            } else {
                writeSvg(figure, width, height, out);
            }
        });
    }

    private static void writePng(Figure figure, int width, int height, OutputStream out) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Charts.paint(figure, g, width, height);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer is available in this Java runtime");
        }
    }

    private static void writeSvg(Figure figure, int width, int height, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        Charts.paint(figure, g, width, height);
        out.write(g.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }

    static void writeAtomically(Path target, AtomicFile.Content content) {
        try {
            AtomicFile.write(target, content);
        } catch (FileWriteException e) {
            throw new PlotException(e.getMessage(), e.hint(), e);
        }
    }
}
