package gm.lang.ast;

import java.util.List;
import java.util.Optional;

/**
 * The options written after {@code load "file"}. The delimiter is one of comma, tab, semicolon, whitespace
 * (already validated); empty options mean "detect".
 */
public record LoadOptions(Optional<Word> delimiter, Optional<Boolean> header, List<String> missingMarkers, int skip,
                          Optional<List<Word>> columns) {

    public LoadOptions {
        missingMarkers = List.copyOf(missingMarkers);
        columns = columns.map(List::copyOf);
    }
}
