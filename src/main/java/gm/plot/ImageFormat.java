package gm.plot;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats a figure can be written in, chosen by the file's extension. */
public enum ImageFormat {
    PNG("png"),
    SVG("svg");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format named by the path's extension, case-insensitively. */
    public static ImageFormat of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new PlotException("cannot tell the image format of '" + name + "'"
                + (extension.isEmpty() ? ": it has no extension" : ": '." + extension + "' is not supported"),
                "end the file name in one of " + supported());
    }

    /** ".png or .svg" */
    static String supported() {
        String[] names = Arrays.stream(values()).map(f -> "." + f.extension).toArray(String[]::new);
        return Arrays.stream(names, 0, names.length - 1).collect(Collectors.joining(", ")) + " or "
                + names[names.length - 1];
    }
}
