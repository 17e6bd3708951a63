package gm.cli;

import gm.lang.parser.GmLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.regex.Pattern;

/** Colours the line as it is typed, reusing the language's lexer so highlighting never disagrees with parsing. */
final class ReplHighlighter implements Highlighter {

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        GmLexer lexer = new GmLexer(CharStreams.fromString(buffer));
        lexer.removeErrorListeners();
        AttributedStringBuilder text = new AttributedStringBuilder();
        int position = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            int start = token.getStartIndex();
            if (start > position) {
                appendGap(text, buffer.substring(position, start));
            }
            text.styled(style(token.getType()), token.getText());
            position = token.getStopIndex() + 1;
        }
        if (position < buffer.length()) {
            appendGap(text, buffer.substring(position));
        }
        return text.toAttributedString();
    }

    /** Skipped text between tokens: whitespace, and comments, which the lexer drops. */
    private static void appendGap(AttributedStringBuilder text, String gap) {
        int hash = gap.indexOf('#');
        if (hash < 0) {
            text.append(gap);
            return;
        }
        text.append(gap.substring(0, hash));
        text.styled(COMMENT, gap.substring(hash));
    }

    private static AttributedStyle style(int type) {
        return switch (type) {
            case GmLexer.STRING -> STRING;
            case GmLexer.UNTERMINATED_STRING, GmLexer.UNEXPECTED_CHARACTER -> ERROR;
            case GmLexer.NUMBER -> NUMBER;
            case GmLexer.IDENTIFIER, GmLexer.NEWLINE -> AttributedStyle.DEFAULT;
            default -> Character.isLetter(GmLexer.VOCABULARY.getLiteralName(type) == null ? ' '
                    : GmLexer.VOCABULARY.getLiteralName(type).charAt(1)) ? KEYWORD : AttributedStyle.DEFAULT;
        };
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
