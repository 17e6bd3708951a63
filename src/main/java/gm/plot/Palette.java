package gm.plot;

import java.awt.Color;

/** Class colours (the Tableau 10 set, distinguishable in print and by most colour-blind readers), cycled. */
final class Palette {
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private Palette() {
    }

    static Color colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /** The colour mixed two parts in three with white, for regions under darker points. */
    static Color light(int index) {
        Color c = colour(index);
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }
}
