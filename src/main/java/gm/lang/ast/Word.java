package gm.lang.ast;

import gm.lang.Span;

/** A bare word in the source (a name, an option value) with its span, so messages can point at it. */
public record Word(Span span, String text) implements Node {}
