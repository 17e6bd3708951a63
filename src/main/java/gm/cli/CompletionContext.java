package gm.cli;

import gm.lang.parser.GmLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the cursor is, for tab completion: the word being typed (a name, or the text of an open string) and the tokens
 * of the statement before it, read with the language's own lexer.
 *
 * @param word         the part of the word before the cursor that completion replaces
 * @param wordStart    where that part starts in the line
 * @param insideString whether the cursor is inside an unterminated string (then word is its text so far)
 * @param before       the tokens of the current statement before the word
 */
record CompletionContext(String word, int wordStart, boolean insideString, List<Token> before) {

    static CompletionContext at(String line, int cursor) {
        String typed = line.substring(0, cursor);
        GmLexer lexer = new GmLexer(CharStreams.fromString(typed));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getType() == GmLexer.NEWLINE || token.getType() == GmLexer.SEMICOLON) {
                tokens.clear();
            } else {
                tokens.add(token);
            }
        }
        if (!tokens.isEmpty()) {
            Token last = tokens.get(tokens.size() - 1);
            boolean atCursor = last.getStopIndex() + 1 == cursor;
            if (last.getType() == GmLexer.UNTERMINATED_STRING) {
                return new CompletionContext(last.getText().substring(1), last.getStartIndex() + 1, true,
                        tokens.subList(0, tokens.size() - 1));
            }
            if (atCursor && isWord(last.getText())) {
                return new CompletionContext(last.getText(), last.getStartIndex(), false, tokens.subList(0, tokens.size() - 1));
            }
        }
        return new CompletionContext("", cursor, false, tokens);
    }

    static boolean isWord(String text) {
        return text.matches("[A-Za-z_][A-Za-z_0-9]*");
    }

    /** The type of the token before the word, or EOF at the start of a statement. */
    int previousType() {
        return before.isEmpty() ? Token.EOF : before.get(before.size() - 1).getType();
    }

    /** The text of the token n places before the word (1 is the one just before), or "". */
    String previousText(int n) {
        return before.size() >= n ? before.get(before.size() - n).getText() : "";
    }

    boolean has(int type) {
        return before.stream().anyMatch(t -> t.getType() == type);
    }
}
