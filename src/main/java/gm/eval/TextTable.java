package gm.eval;

import java.util.ArrayList;
import java.util.List;

/** An aligned text table: a header row, then data rows; the first column can be a left-aligned row label. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean leftAlignFirstColumn;

    TextTable(List<String> header, boolean leftAlignFirstColumn) {
        this.header = List.copyOf(header);
        this.leftAlignFirstColumn = leftAlignFirstColumn;
    }

    TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** A row shown as a single elision mark in every column. */
    TextTable elision() {
        List<String> dots = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            dots.add("⋮");
        }
        rows.add(dots);
        return this;
    }

    String render() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendRow(text, header, widths);
        for (List<String> row : rows) {
            appendRow(text, row, widths);
        }
        return text.toString();
    }

    private void appendRow(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            String padding = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 && leftAlignFirstColumn ? cell + padding : padding + cell);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }
}
