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
        if (context == ParseContext.COMPLETE) {
            CompletionContext at = CompletionContext.at(line, cursor);
            return new WordAtCursor(line, cursor, at.word(), at.word().length());
        }
        return super.parse(line, cursor, context);
    }

    /** For completion, the word is what {@link CompletionContext} says: a name, or the text of an open string. */
    private record WordAtCursor(String line, int cursor, String word, int wordCursor) implements ParsedLine {
        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public java.util.List<String> words() {
            return java.util.List.of(word);
        }
    }
}
