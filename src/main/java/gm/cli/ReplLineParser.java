package gm.cli;

import gm.lang.GmParsing;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/** Asks JLine for another line while a bracket or string is still open, as a continuation of the statement. */
final class ReplLineParser extends DefaultParser {

    ReplLineParser() {
        setEofOnUnclosedQuote(false);
        setEofOnEscapedNewLine(false);
        setEofOnUnclosedBracket();
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && GmParsing.isIncomplete(line)) {
            throw new EOFError(-1, -1, "incomplete statement", "continue");
        }
        return super.parse(line, cursor, context);
    }
}
