package gm.lang;

import gm.lang.ast.Program;
import gm.lang.ast.Statement;
import gm.lang.parser.GmLexer;
import gm.lang.parser.GmParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Source text → AST, with every syntax error found (not only the first). */
public final class GmParsing {

    private GmParsing() {
    }

    public record Result(Program program, List<Diagnostic> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Longer programs are refused before lexing: their tokens alone could take gigabytes. */
    static final int MAX_CHARACTERS = 10_000_000;

    public static Result parse(Source source) {
        if (source.text().length() > MAX_CHARACTERS) {
            return new Result(new Program(List.of()), List.of(new Diagnostic(new Span(source.name(), 1, 1, 0, 1),
                    "the program is " + source.text().length() + " characters long; gm reads at most " + MAX_CHARACTERS,
                    "put large data in a file and load it")));
        }
        GmLexer lexer = new GmLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();

        List<Diagnostic> errors = new ArrayList<>(unbalancedBrackets(source.name(), tokens.getTokens()));
        // After a bracket error the statement boundaries are unreliable: keep only the errors before it.
        int firstBracketLine = errors.isEmpty() ? Integer.MAX_VALUE : errors.get(0).span().line();
        AstBuilder builder = new AstBuilder(source.name());
        List<Statement> statements = new ArrayList<>();
        for (List<Token> chunk : statementChunks(tokens.getTokens())) {
            if (chunk.get(0).getLine() >= firstBracketLine) {
                break;
            }
            GmParser parser = new GmParser(new CommonTokenStream(new ListTokenSource(chunk)));
            parser.removeErrorListeners();
            SyntaxErrorCollector collector = new SyntaxErrorCollector(source.name());
            parser.addErrorListener(collector);
            try {
                GmParser.ProgramContext tree = parser.program();
                if (collector.diagnostics().isEmpty()) {
                    List<Statement> built = builder.program(tree).statements();
                    boolean quiet = chunk.get(chunk.size() - 1).getType() == GmLexer.SEMICOLON;
                    statements.addAll(quiet ? built.stream().map(GmParsing::quiet).toList() : built);
                } else {
                    errors.addAll(collector.diagnostics());
                }
            } catch (StackOverflowError e) {
                errors.add(new Diagnostic(TokenSpans.of(source.name(), chunk.get(0)),
                        "this statement is nested too deeply to read", "split it into smaller statements with variables"));
            }
        }
        errors.addAll(builder.errors());
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            return new Result(new Program(List.of()), errors);
        }
        return new Result(new Program(statements), List.of());
    }

    /** A bare expression followed by ';' is evaluated without printing its value. */
    private static Statement quiet(Statement statement) {
        return statement instanceof Statement.ExpressionStatement e
                ? new Statement.QuietExpression(e.span(), e.expression())
                : statement;
    }

    /**
     * Each statement is parsed on its own, so an error in one cannot swallow the next line. The lexer only emits
     * newlines outside brackets, so every newline or ';' token ends a statement; it stays in the chunk so that an
     * error there reads "unexpected end of line".
     */
    private static List<List<Token>> statementChunks(List<Token> tokens) {
        List<List<Token>> chunks = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            if (token.getType() == Token.EOF) {
                break;
            }
            current.add(token);
            if (token.getType() == GmLexer.NEWLINE || token.getType() == GmLexer.SEMICOLON) {
                if (current.size() > 1) {
                    chunks.add(current);
                }
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * Brackets are checked before parsing: inside brackets newlines do not end statements, so an unclosed bracket
     * would otherwise be reported at the end of the file rather than where it was opened.
     */
    private static List<Diagnostic> unbalancedBrackets(String sourceName, List<Token> tokens) {
        List<Diagnostic> errors = new ArrayList<>();
        Deque<Token> open = new ArrayDeque<>();
        for (Token token : tokens) {
            switch (token.getType()) {
                case GmLexer.LPAREN, GmLexer.LBRACKET -> open.push(token);
                case GmLexer.RPAREN, GmLexer.RBRACKET -> {
                    String closing = token.getText();
                    if (open.isEmpty()) {
                        errors.add(new Diagnostic(TokenSpans.of(sourceName, token), "unmatched '" + closing + "'"));
                    } else if (!matches(open.peek().getText(), closing)) {
                        Token opening = open.pop();
                        errors.add(new Diagnostic(TokenSpans.of(sourceName, token),
                                "'" + closing + "' does not close '" + opening.getText() + "' opened at line "
                                        + opening.getLine() + ", column " + (opening.getCharPositionInLine() + 1),
                                "close it with '" + closer(opening.getText()) + "'"));
                    } else {
                        open.pop();
                    }
                }
                default -> {
                }
            }
        }
        for (Token unclosed : open) {
            errors.add(new Diagnostic(TokenSpans.of(sourceName, unclosed),
                    "'" + unclosed.getText() + "' is never closed", "add a matching '" + closer(unclosed.getText()) + "'"));
        }
        return errors;
    }

    private static boolean matches(String opening, String closing) {
        return closer(opening).equals(closing);
    }

    private static String closer(String opening) {
        return opening.equals("(") ? ")" : "]";
    }

    /** Whether the text is incomplete input (an open bracket or string) that a REPL should continue on the next line. */
    public static boolean isIncomplete(String text) {
        GmLexer lexer = new GmLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        int depth = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            switch (token.getType()) {
                case GmLexer.LPAREN, GmLexer.LBRACKET -> depth++;
                case GmLexer.RPAREN, GmLexer.RBRACKET -> depth--;
                case GmLexer.UNTERMINATED_STRING -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return depth > 0;
    }
}
