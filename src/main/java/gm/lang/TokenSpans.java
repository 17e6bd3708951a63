package gm.lang;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans of tokens and parse-tree nodes. */
final class TokenSpans {

    private TokenSpans() {
    }

    static Span of(String source, Token token) {
        int start = Math.max(0, token.getStartIndex());
        int end = token.getType() == Token.EOF ? start : Math.max(start, token.getStopIndex() + 1);
        return new Span(source, Math.max(1, token.getLine()), token.getCharPositionInLine() + 1, start, end);
    }

    static Span of(String source, ParserRuleContext context) {
        Token first = context.getStart();
        Token last = context.getStop() == null || context.getStop().getTokenIndex() < first.getTokenIndex()
                ? first : context.getStop();
        return of(source, first).to(of(source, last));
    }
}
