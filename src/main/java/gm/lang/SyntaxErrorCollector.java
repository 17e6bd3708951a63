package gm.lang;

import gm.lang.parser.GmLexer;
import gm.lang.parser.GmParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Replaces ANTLR's console listener: turns syntax errors into diagnostics with friendly token names, one per line. */
final class SyntaxErrorCollector extends BaseErrorListener {

    private final String sourceName;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> linesWithErrors = new LinkedHashSet<>();

    SyntaxErrorCollector(String sourceName) {
        this.sourceName = sourceName;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException e) {
        if (!linesWithErrors.add(line)) {
            return;
        }
        Token token = (Token) offendingSymbol;
        Span span = TokenSpans.of(sourceName, token);
        if (token.getType() == GmLexer.UNTERMINATED_STRING) {
            diagnostics.add(new Diagnostic(span, "unterminated string", "close the string with '\"'"));
            return;
        }
        if (token.getType() == GmLexer.UNEXPECTED_CHARACTER) {
            diagnostics.add(new Diagnostic(span, "unexpected character '" + token.getText() + "'"));
            return;
        }
        IntervalSet expected = e != null && e.getExpectedTokens() != null
                ? e.getExpectedTokens()
                : ((Parser) recognizer).getExpectedTokens();
        String message = "unexpected " + describe(token);
        String expectation = describeExpected(expected);
        if (!expectation.isEmpty()) {
            message += "; expected " + expectation;
        }
        diagnostics.add(new Diagnostic(span, message));
    }

    private static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of input";
            case GmLexer.NEWLINE -> "end of line";
            case GmLexer.NUMBER -> "number " + token.getText();
            case GmLexer.STRING -> "string " + token.getText();
            case GmLexer.IDENTIFIER -> "name '" + token.getText() + "'";
            default -> "'" + token.getText() + "'";
        };
    }

    /** Names the expected tokens; a set that can start an expression is summarised as "an expression". */
    private static String describeExpected(IntervalSet expected) {
        if (expected == null || expected.isNil()) {
            return "";
        }
        if (expected.contains(GmLexer.NUMBER) && expected.contains(GmLexer.IDENTIFIER) && expected.contains(GmLexer.LPAREN)) {
            return "an expression";
        }
        if (expected.contains(GmLexer.IDENTIFIER) && expected.size() > 6) {
            return "a name";
        }
        List<String> names = new ArrayList<>();
        for (int type : expected.toList()) {
            names.add(tokenName(type));
        }
        if (names.size() > 6) {
            return "";
        }
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static String tokenName(int type) {
        return switch (type) {
            case Token.EOF -> "end of input";
            case GmLexer.NEWLINE -> "end of line";
            case GmLexer.NUMBER -> "a number";
            case GmLexer.STRING -> "a string";
            case GmLexer.IDENTIFIER -> "a name";
            default -> {
                String literal = GmParser.VOCABULARY.getLiteralName(type);
                yield literal != null ? literal : GmParser.VOCABULARY.getDisplayName(type);
            }
        };
    }
}
