package gm.eval;

import gm.lang.GmException;
import gm.lang.Suggestions;
import gm.lang.ast.Word;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code help} and {@code help TOPIC}: read from the resource help.txt, which also gives the reference section of
 * docs/language.md ({@link #markdown()}), so the two never drift apart.
 */
public final class Help {

    /** One statement: its syntax, a one-line summary, options, a runnable example and related entries. */
    public record Entry(String name, String topic, String syntax, String summary, List<Option> options, List<String> example,
                        List<String> seeAlso) {
        public Entry {
            options = List.copyOf(options);
            example = List.copyOf(example);
            seeAlso = List.copyOf(seeAlso);
        }
    }

    public record Option(String words, String meaning) {}

    private static final List<Entry> ENTRIES = read();

    private static final String FUNCTIONS = """
            functions:
              sqrt exp log abs ceil floor round  (element-wise)
              sum mean min max sd var length  (missing values left out)
              inv(A) det(A)  A * x  x' * x  A[i, j]  (1-based)
              loglik(g, DATA)  error(q, DATA)  llr(q, x)  complete(DATA)
              gaussian(m, S) normal(m, v) uniform(a, b) bernoulli(p) rademacher() sample(dist, n)
              pdf logpdf llr normconst mahalanobis entropy kl  cov corr standardize whiten
              condition(g, a = 1) marginal(g, [a]) bic(g, DATA) aic(g, DATA)
              credible(post, 0.95) predictive(post) evidence(post)
            """;

    private Help() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** The statements by topic, then the functions. */
    static String text() {
        Map<String, List<Entry>> byTopic = new LinkedHashMap<>();
        for (Entry entry : ENTRIES) {
            byTopic.computeIfAbsent(entry.topic(), t -> new ArrayList<>()).add(entry);
        }
        StringBuilder text = new StringBuilder("statements (help NAME, or ?NAME, shows the syntax, options and an example):\n");
        byTopic.forEach((topic, entries) -> {
            text.append(topic).append(":\n");
            columns(text, entries.stream().map(e -> List.of(e.name(), e.summary())).toList());
        });
        return text.append(FUNCTIONS).append("docs/language.md describes every statement and function\n").toString();
    }

    /** The entries named by the topic: exactly, or every entry whose name starts with it ("help posterior"). */
    static String topic(Word topic) {
        String wanted = topic.text();
        List<Entry> found = ENTRIES.stream().filter(e -> e.name().equals(wanted)).toList();
        if (found.isEmpty()) {
            found = ENTRIES.stream().filter(e -> e.name().startsWith(wanted + " ") || e.syntax().startsWith(wanted + " ")).toList();
        }
        if (found.isEmpty() && wanted.equals("functions")) {
            return FUNCTIONS;
        }
        if (found.isEmpty()) {
            List<String> names = new ArrayList<>(ENTRIES.stream().map(Entry::name).toList());
            ENTRIES.forEach(e -> names.add(e.name().split(" ")[0]));
            names.add("functions");
            String hint = Suggestions.closest(wanted, names).map(s -> "did you mean 'help " + s + "'?")
                    .orElse("'help' lists the statements");
            throw new GmException(topic.span(), "no help on '" + wanted + "'", hint);
        }
        StringBuilder text = new StringBuilder();
        for (Entry entry : found) {
            text.append(text.length() > 0 ? "\n" : "").append(plain(entry));
        }
        return text.toString();
    }

    private static String plain(Entry entry) {
        StringBuilder text = new StringBuilder(entry.name()).append(" (").append(entry.topic()).append(")\n");
        text.append("  ").append(entry.syntax()).append("\n").append(entry.summary()).append('\n');
        if (!entry.options().isEmpty()) {
            text.append("options:\n");
            columns(text, entry.options().stream().map(o -> List.of(o.words(), o.meaning())).toList());
        }
        text.append("example:\n");
        entry.example().forEach(line -> text.append("  ").append(line).append('\n'));
        return text.append("see also: ").append(String.join(", ", entry.seeAlso())).append('\n').toString();
    }

    /** Indented rows of two left-aligned columns. */
    private static void columns(StringBuilder text, List<List<String>> rows) {
        int width = rows.stream().mapToInt(row -> row.get(0).length()).max().orElse(0);
        for (List<String> row : rows) {
            text.append("  ").append(row.get(0)).append(" ".repeat(width - row.get(0).length() + 2)).append(row.get(1))
                    .append('\n');
        }
    }

    /** The reference section of docs/language.md: every entry, in the order of help.txt. */
    public static String markdown() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : ENTRIES) {
            text.append("### ").append(entry.name()).append(" (").append(entry.topic()).append(")\n\n");
            text.append("`").append(entry.syntax()).append("`\n\n").append(entry.summary()).append(".\n\n");
            if (!entry.options().isEmpty()) {
                text.append("| option | meaning |\n|---|---|\n");
                entry.options().forEach(o -> text.append("| `").append(o.words().replace("|", "\\|")).append("` | ")
                        .append(o.meaning().replace("|", "\\|")).append(" |\n"));
                text.append('\n');
            }
            text.append("```\n");
            entry.example().forEach(line -> text.append(line).append('\n'));
            text.append("```\n\nSee also: ").append(String.join(", ", entry.seeAlso().stream().map(s -> "`" + s + "`").toList()))
                    .append(".\n\n");
        }
        return text.toString();
    }

    private static List<Entry> read() {
        try (InputStream in = Help.class.getResourceAsStream("help.txt")) {
            if (in == null) {
                throw new IllegalStateException("the help text is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        EntryLines current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (current != null) {
                    entries.add(current.entry());
                }
                current = new EntryLines(line.substring(3).strip());
            } else if (current == null) {
                throw new IllegalStateException("help.txt: text before the first entry: " + line);
            } else {
                current.add(line);
            }
        }
        if (current != null) {
            entries.add(current.entry());
        }
        return List.copyOf(entries);
    }

    /** The lines of one entry while it is read. */
    private static final class EntryLines {
        private final String name;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<Option> options = new ArrayList<>();
        private final List<String> example = new ArrayList<>();

        EntryLines(String name) {
            this.name = name;
        }

        void add(String line) {
            if (line.startsWith("  ")) {
                example.add(line.substring(2));
                return;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("help.txt, entry " + name + ": no 'key:' in: " + line);
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 1).strip();
            if (key.equals("option")) {
                int bar = value.lastIndexOf(" | ");
                options.add(new Option(value.substring(0, bar), value.substring(bar + 3)));
            } else if (!key.equals("example")) {
                fields.put(key, value);
            }
        }

        Entry entry() {
            for (String key : List.of("topic", "syntax", "summary", "see")) {
                if (!fields.containsKey(key)) {
                    throw new IllegalStateException("help.txt, entry " + name + ": no '" + key + ":' line");
                }
            }
            return new Entry(name, fields.get("topic"), fields.get("syntax"), fields.get("summary"), options, example,
                    List.of(fields.get("see").split(",\\s*")));
        }
    }
}
