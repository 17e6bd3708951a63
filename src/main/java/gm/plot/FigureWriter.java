package gm.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a figure to a PNG or SVG file, by the file's extension. The image goes to a temporary file in the same
 * folder, which is then renamed over the target in one atomic step: a failed write leaves any earlier file whole
 * and no temporary file behind.
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

    /** What goes into a file; may fail part-way. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
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

    static void writeAtomically(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PlotException("cannot write '" + target + "': the folder '" + folder + "' does not exist",
                    "create the folder first, or write somewhere else");
        }
        if (Files.isDirectory(absolute)) {
            throw new PlotException("cannot write '" + target + "': it is a folder", "give a file name");
        }
        Path temporary = null;
        try {
            // createFile (not createTempFile, which makes the file private) so the result gets the usual permissions.
            temporary = Files.createFile(folder.resolve("." + absolute.getFileName() + "."
                    + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (AtomicMoveNotSupportedException e) {
            throw new PlotException("cannot write '" + target + "' atomically on this file system",
                    "write to a folder on a local disk", e);
        } catch (IOException e) {
            throw new PlotException("cannot write '" + target + "': " + reason(e),
                    "check that the folder is writable and the disk is not full", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The original failure is what the user needs to see; a leftover hidden .tmp file is harmless.
                }
            }
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
