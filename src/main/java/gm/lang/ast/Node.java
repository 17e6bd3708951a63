package gm.lang.ast;

import gm.lang.Span;

/** A node of the syntax tree. */
public interface Node {
    Span span();
}
