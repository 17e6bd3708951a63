package gm.lang.ast;

import java.util.Optional;

/**
 * The options of {@code plot}: number of bins, the class column, models to draw ({@code with}), the output file,
 * ellipse coverage ({@code level} or {@code sigma}), size {@code [width, height]}, title and axis ranges.
 */
public record PlotOptions(Optional<Expression> bins, Optional<Word> by, Optional<Expression> with, Optional<Word> file,
                          Optional<Expression> level, Optional<Expression> sigma, Optional<Expression> size,
                          Optional<String> title, Optional<Expression> xlim, Optional<Expression> ylim) {}
