package gm.cli;

import gm.eval.Help;
import gm.eval.Interpreter;
import gm.eval.Session;
import gm.eval.Value;
import gm.lang.parser.GmLexer;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tab completion in the REPL: statement keywords at the start of a statement, the options of the statement being
 * typed and their values, variable and function names, a dataset's columns after {@code ds.}, inside {@code ds[}, after
 * {@code by}, {@code feature} and {@code where}, and file paths inside the string of {@code load}, {@code run},
 * {@code save ... to} and {@code plot ... to}.
 */
final class ReplCompleter implements Completer {

    private static final List<String> STATEMENTS = List.of("print", "describe", "set", "help", "seed", "update", "compare",
            "expect", "save", "run", "ls", "exit", "quit", "plot", "normality");
    private static final List<String> EXPRESSION_KEYWORDS = List.of("load", "fit", "classify", "predict", "evaluate",
            "boundary", "posterior", "online", "explain", "niw", "qda", "naive");
    private static final List<String> LOAD_OPTIONS = List.of("delimiter", "header", "missing", "skip", "columns");
    private static final List<String> FIT_OPTIONS = List.of("estimator", "covariance", "by");
    private static final List<String> PLOT_OPTIONS = List.of("bins", "by", "with", "to", "level", "sigma", "size", "title",
            "xlim", "ylim");
    private static final List<String> CLASSIFY_OPTIONS = List.of("by", "covariance", "estimator", "prior", "alpha",
            "shrinkage", "feature");

    private final Session session;
    private final Path folder;
    private final Set<String> functions = Interpreter.functionNames();

    ReplCompleter(Session session, Path folder) {
        this.session = session;
        this.folder = folder;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        CompletionContext context = CompletionContext.at(line.line(), line.cursor());
        if (context.insideString()) {
            int before = context.previousType();
            if (before == GmLexer.LOAD || before == GmLexer.MODEL || before == GmLexer.RUN || before == GmLexer.TO) {
                paths(context.word(), candidates);
            }
            return;
        }
        for (String word : words(context)) {
            candidates.add(new Candidate(word, word, null, null, null, null, true));
        }
    }

    /** The words that fit where the cursor is. */
    private Set<String> words(CompletionContext context) {
        Set<String> words = new LinkedHashSet<>();
        int previous = context.previousType();
        if (previous == GmLexer.DOT) {
            dataset(context.previousText(2)).ifPresent(words::addAll);
            return words;
        }
        Optional<List<String>> indexed = indexedDataset(context.before());
        if (indexed.isPresent()) {
            words.addAll(indexed.get());
            return words;
        }
        switch (previous) {
            case Token.EOF -> {
                words.addAll(STATEMENTS);
                words.addAll(EXPRESSION_KEYWORDS);
                words.addAll(variables());
                words.addAll(functions);
                return words;
            }
            case GmLexer.ESTIMATOR -> {
                return Set.of("mle", "unbiased");
            }
            case GmLexer.DELIMITER -> {
                return Set.of("comma", "tab", "semicolon", "whitespace");
            }
            case GmLexer.HEADER -> {
                return Set.of("true", "false");
            }
            case GmLexer.CLASSIFY -> {
                return Set.of("qda", "lda", "rda", "nb");
            }
            case GmLexer.CV -> {
                return Set.of("loo");
            }
            case GmLexer.SET -> {
                return Set.of("digits");
            }
            case GmLexer.POSTERIOR -> {
                return Set.of("niw", "normal");
            }
            case GmLexer.PLOT -> {
                return Set.of("hist", "scatter", "pairs", "scatter3d", "boundary", "pdf", "qq");
            }
            case GmLexer.FIT, GmLexer.ONLINE -> {
                return Set.of("gaussian");
            }
            case GmLexer.HELP, GmLexer.QUESTION -> {
                Help.entries().forEach(e -> words.add(e.name().split(" ")[0]));
                words.add("functions");
                return words;
            }
            case GmLexer.BY, GmLexer.FEATURE -> {
                statementDataset(context.before()).ifPresent(words::addAll);
                return words;
            }
            case GmLexer.PRIOR -> words.addAll(List.of("empirical", "uniform", "niw"));
            case GmLexer.EXPECT -> words.add("error");
            case GmLexer.LOAD -> words.add("model");
            default -> {
            }
        }
        if (previous == GmLexer.COVARIANCE && !context.previousText(2).equals("compare") && !context.previousText(2).equals("known")) {
            return Set.of("full", "diagonal", "spherical");
        }
        if (context.has(GmLexer.WHERE)) {
            statementDataset(context.before()).ifPresent(words::addAll);
        }
        words.addAll(statementOptions(context));
        words.addAll(variables());
        words.addAll(functions);
        words.addAll(EXPRESSION_KEYWORDS);
        return words;
    }

    /** The option words of the statement typed so far, offered once its subject has been written. */
    private static List<String> statementOptions(CompletionContext context) {
        List<String> options = new ArrayList<>();
        if (context.has(GmLexer.LOAD) && context.has(GmLexer.STRING)) {
            options.addAll(LOAD_OPTIONS);
        }
        if (context.has(GmLexer.FIT)) {
            options.addAll(FIT_OPTIONS);
        }
        if (context.has(GmLexer.CLASSIFY)) {
            options.addAll(CLASSIFY_OPTIONS);
        }
        if (context.has(GmLexer.EVALUATE)) {
            options.addAll(List.of("on", "cv"));
        }
        if (context.has(GmLexer.PREDICT)) {
            options.addAll(List.of("at", "on"));
        }
        if (context.has(GmLexer.POSTERIOR)) {
            options.addAll(List.of("prior", "known", "variance", "covariance"));
        }
        if (context.has(GmLexer.PLOT)) {
            options.addAll(PLOT_OPTIONS);
        }
        if (context.has(GmLexer.UPDATE)) {
            options.add("with");
        }
        if (context.has(GmLexer.SAVE)) {
            options.add("to");
        }
        if (context.has(GmLexer.APPROX)) {
            options.add("tol");
        }
        return options;
    }

    private List<String> variables() {
        return List.copyOf(session.variables().keySet());
    }

    private Optional<List<String>> dataset(String name) {
        return session.get(name).flatMap(value -> value instanceof Value.DatasetValue d
                ? Optional.of(d.names()) : Optional.empty());
    }

    /** The columns of the dataset whose '[' is still open before the cursor: {@code hw[height, }. */
    private Optional<List<String>> indexedDataset(List<Token> before) {
        int depth = 0;
        for (int i = before.size() - 1; i >= 0; i--) {
            int type = before.get(i).getType();
            if (type == GmLexer.RBRACKET || type == GmLexer.RPAREN) {
                depth++;
            } else if (type == GmLexer.LBRACKET || type == GmLexer.LPAREN) {
                if (depth > 0) {
                    depth--;
                } else {
                    return type == GmLexer.LBRACKET && i > 0 ? dataset(before.get(i - 1).getText()) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The columns of the first dataset variable named in the statement (the data of fit, classify, where, ...). */
    private Optional<List<String>> statementDataset(List<Token> before) {
        for (Token token : before) {
            Optional<List<String>> columns = dataset(token.getText());
            if (columns.isPresent()) {
                return columns;
            }
        }
        return Optional.empty();
    }

    /** Files and folders (with a trailing '/') whose path starts with what the string holds so far. */
    private void paths(String typed, List<Candidate> candidates) {
        int slash = typed.lastIndexOf('/');
        String directory = slash < 0 ? "" : typed.substring(0, slash + 1);
        String prefix = typed.substring(slash + 1);
        Path base = folder.resolve(directory.isEmpty() ? "." : directory);
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> entries = Files.list(base)) {
            entries.map(path -> path.getFileName().toString() + (Files.isDirectory(path) ? "/" : ""))
                    .filter(name -> name.startsWith(prefix) && (prefix.startsWith(".") || !name.startsWith(".")))
                    .sorted()
                    .forEach(name -> candidates.add(new Candidate(directory + name, name, null, null, null, null, false)));
        } catch (IOException e) {
            // An unreadable folder has nothing to offer.
        }
    }
}
