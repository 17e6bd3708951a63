import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 6: times gm and, when installed, pandas + numpy, R data.table, scikit-learn and R MASS on
 * the same files in the same run (alternating, median of 5 runs on medium and 3 on large), records each process's
 * peak memory with /usr/bin/time, checks that the results agree, and writes bench/RESULTS.md.
 *
 * <p>Run from the project folder: {@code bench/run [medium] [large]} (both by default).
 */
public final class Run {
    private static final Path DATA = Path.of("bench", "data");
    private static final Map<String, Long> ROWS = new LinkedHashMap<>();
    private static final Map<String, Integer> REPEATS = Map.of("medium", 5, "large", 3);
    private static final String FEATURES = "x1, x2, x3, x4, x5, x6, x7, x8";

    static {
        ROWS.put("medium", 1_000_000L);
        ROWS.put("large", 10_000_000L);
    }

    /** One timed command and what it printed. */
    record Measure(double seconds, double cpuSeconds, long peakKilobytes, String output) {
    }

    /** The medians of a tool's runs, and its fastest and slowest wall times (how much the machine varied). */
    record Runs(Measure median, double fastest, double slowest) {
        double seconds() {
            return median.seconds();
        }
    }

    /** A tool doing one job: a name and the command for a data file. */
    record Tool(String name, List<String> command) {
    }

    public static void main(String[] args) throws Exception {
        List<String> sizes = args.length == 0 ? List.copyOf(ROWS.keySet()) : Arrays.asList(args);
        for (String size : sizes) {
            if (!ROWS.containsKey(size)) {
                System.err.println("unknown size '" + size + "': use medium and/or large");
                System.exit(64);
            }
        }
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            System.err.println("bench: /usr/bin/time is needed for peak memory (Debian: apt-get install time)");
            System.exit(69);
        }
        Files.createDirectories(DATA);
        run(List.of("./gm", "-e", "print 1"), false); // builds gm and its class-data archive when needed
        String python = findPython();
        boolean dataTable = succeeds(List.of("Rscript", "-e", "suppressMessages(library(data.table))"));
        boolean mass = dataTable && succeeds(List.of("Rscript", "-e", "suppressMessages(library(MASS))"));
        boolean sklearn = python != null && succeeds(List.of(python, "-c", "import sklearn"));

        StringBuilder report = new StringBuilder();
        report.append("# Benchmark results (issue 6)\n\n");
        report.append("Measured by `bench/run` on ").append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME))
                .append(".\n\n");
        report.append("- Machine: ").append(machine()).append('\n');
        report.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("; gm runs through its launcher `./gm`\n");
        report.append("- Peers: ").append(peers(python, sklearn, dataTable, mass)).append('\n');
        report.append("- Load average before the run: ").append(loadAverage()).append('\n');
        report.append("- Times are wall seconds of the whole process (JVM or interpreter start included), the median of ")
                .append("5 runs on medium and 3 on large, tools alternating; the file is in the page cache. Peak memory ")
                .append("is the largest resident set of the run (`/usr/bin/time -v`); CPU time is user + system seconds, ")
                .append("summed over threads.\n\n");

        List<String> targets = new ArrayList<>();
        for (String size : sizes) {
            Path file = data(size);
            Path fitScript = script("fit-" + size + ".gm", "set digits 17\nds = load \"" + file.getFileName()
                    + "\"\ng = fit gaussian ds[" + FEATURES + "]\nprint g.mean\nprint g.cov\n");
            Path qdaScript = script("qda-" + size + ".gm", "ds = load \"" + file.getFileName()
                    + "\"\nq = classify qda ds by label estimator unbiased\nevaluate q on ds\n");
            List<Tool> fit = new ArrayList<>();
            fit.add(new Tool("gm", List.of("./gm", fitScript.toString())));
            if (python != null) {
                fit.add(new Tool("pandas + numpy", List.of(python, "bench/peers/pandas_fit.py", file.toString())));
            }
            if (dataTable) {
                fit.add(new Tool("R data.table", List.of("Rscript", "bench/peers/datatable_fit.R", file.toString())));
            }
            List<Tool> qda = new ArrayList<>();
            qda.add(new Tool("gm", List.of("./gm", qdaScript.toString())));
            if (sklearn) {
                qda.add(new Tool("scikit-learn", List.of(python, "bench/peers/sklearn_qda.py", file.toString())));
            }
            if (mass && size.equals("medium")) {
                qda.add(new Tool("R MASS", List.of("Rscript", "bench/peers/mass_qda.R", file.toString())));
            }
            report.append("## ").append(size).append(": ").append(String.format(Locale.ROOT, "%,d", ROWS.get(size)))
                    .append(" rows, ").append(String.format(Locale.ROOT, "%.1f", Files.size(file) / 1e6)).append(" MB\n\n");
            Map<String, Runs> fitRuns = measure(fit, REPEATS.get(size), "load + fit gaussian, " + size);
            Map<String, Runs> qdaRuns = measure(qda, REPEATS.get(size), "load + qda + training error, " + size);
            Map<String, Measure> fitResults = medians(fitRuns);
            Map<String, Measure> qdaResults = medians(qdaRuns);
            table(report, "load + fit gaussian (mean and covariance of x1..x8)", fitRuns);
            report.append(agreementOfMoments(fitResults)).append("\n\n");
            table(report, "load + classify qda + evaluate on the same rows (training error)", qdaRuns);
            report.append(agreementOfErrors(qdaResults)).append("\n\n");
            boolean large = size.equals("large");
            target(targets, "load + fit gaussian, " + size + ": at least " + (large ? 5 : 3) + "× faster than pandas + numpy",
                    fitResults, "pandas + numpy", large ? 5 : 3);
            target(targets, "load + fit gaussian, " + size + ": at least " + (large ? 4 : 2) + "× faster than R data.table",
                    fitResults, "R data.table", large ? 4 : 2);
            target(targets, "load + qda + evaluate, " + size + ": at least " + (large ? 6 : 4) + "× faster than scikit-learn",
                    qdaResults, "scikit-learn", large ? 6 : 4);
            if (large) {
                for (Map.Entry<String, Measure> job : Map.of("fit", fitResults.get("gm"), "qda", qdaResults.get("gm")).entrySet()) {
                    long megabytes = job.getValue().peakKilobytes() / 1024;
                    targets.add((megabytes < 150 ? "met" : "NOT met") + ": peak memory of gm's " + job.getKey()
                            + " job on large under 150 MB (" + megabytes + " MB)");
                }
            }
        }
        List<Double> startups = new ArrayList<>();
        long startupMemory = 0;
        for (int i = 0; i < 10; i++) {
            Measure m = run(List.of("./gm", "-e", "print 1 + 1"), true);
            startups.add(m.seconds());
            startupMemory = Math.max(startupMemory, m.peakKilobytes());
        }
        report.append("## start-up\n\n`./gm -e 'print 1 + 1'`: median ")
                .append(String.format(Locale.ROOT, "%.3f", median(startups))).append(" s wall over 10 runs (peak ")
                .append(startupMemory / 1024).append(" MB).\n\n");
        double startup = median(startups);
        targets.add((startup < 0.3 ? "met" : "NOT met") + ": start-up under 0.3 s ("
                + String.format(Locale.ROOT, "%.3f", startup) + " s)");
        report.append("## targets of the issue, as measured in this run\n\n");
        targets.forEach(t -> report.append("- ").append(t).append('\n'));
        report.append("\nLoad average after the run: ").append(loadAverage()).append(
                ". Other processes on the machine take CPU from gm's reading threads and from its compiler threads,"
                        + " and the single-threaded peers lose less to them; compare runs made at the same load.\n");
        Files.writeString(Path.of("bench", "RESULTS.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static Path data(String size) throws Exception {
        Path file = DATA.resolve(size + ".csv");
        if (!Files.exists(file)) {
            System.err.println("bench: generating " + file + " ...");
            Measure m = run(List.of("java", "bench/Generate.java", String.valueOf(ROWS.get(size)), file.toString()), false);
            if (!Files.exists(file)) {
                throw new IllegalStateException("the generator failed: " + m.output());
            }
        }
        run(List.of("cat", file.toString()), false); // into the page cache
        return file;
    }

    private static Path script(String name, String text) throws IOException {
        Path file = DATA.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Map<String, Measure> medians(Map<String, Runs> runs) {
        Map<String, Measure> medians = new LinkedHashMap<>();
        runs.forEach((tool, r) -> medians.put(tool, r.median()));
        return medians;
    }

    /** Runs every tool {@code repeats} times, alternating; the medians of time and memory, the last output. */
    private static Map<String, Runs> measure(List<Tool> tools, int repeats, String what) throws Exception {
        Map<String, List<Measure>> runs = new LinkedHashMap<>();
        for (int r = 0; r < repeats; r++) {
            for (Tool tool : tools) {
                Measure m = run(tool.command(), true);
                System.err.printf(Locale.ROOT, "bench: %s, %s, run %d: %.2f s (CPU %.2f s), %d MB%n", what, tool.name(),
                        r + 1, m.seconds(), m.cpuSeconds(), m.peakKilobytes() / 1024);
                runs.computeIfAbsent(tool.name(), t -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Runs> medians = new LinkedHashMap<>();
        runs.forEach((tool, list) -> medians.put(tool, new Runs(new Measure(
                median(list.stream().map(Measure::seconds).toList()),
                median(list.stream().map(Measure::cpuSeconds).toList()),
                (long) median(list.stream().map(m -> (double) m.peakKilobytes()).toList()),
                list.get(list.size() - 1).output()),
                list.stream().mapToDouble(Measure::seconds).min().orElse(0),
                list.stream().mapToDouble(Measure::seconds).max().orElse(0))));
        return medians;
    }

    private static void table(StringBuilder report, String title, Map<String, Runs> results) {
        report.append("### ").append(title).append("\n\n| tool | time | fastest–slowest | CPU time | peak memory | gm is faster by |\n"
                + "|---|---|---|---|---|---|\n");
        double gm = results.get("gm").seconds();
        results.forEach((tool, runs) -> {
            Measure m = runs.median();
            report.append("| ").append(tool).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f s", m.seconds())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f–%.2f s", runs.fastest(), runs.slowest())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f s", m.cpuSeconds())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f MB", m.peakKilobytes() / 1024.0)).append(" | ")
                    .append(tool.equals("gm") ? "" : String.format(Locale.ROOT, "%.1f×", m.seconds() / gm)).append(" |\n");
        });
        report.append('\n');
    }

    /** Whether gm was at least {@code ratio} times faster than the peer, in words; nothing when the peer is missing. */
    private static void target(List<String> targets, String what, Map<String, Measure> results, String peer, double ratio) {
        Measure other = results.get(peer);
        if (other == null) {
            targets.add("not measured (" + peer + " missing): " + what);
            return;
        }
        double measured = other.seconds() / results.get("gm").seconds();
        targets.add((measured >= ratio ? "met" : "NOT met") + ": " + what + " ("
                + String.format(Locale.ROOT, "%.1f", measured) + "×)");
    }

    /** The largest relative difference of the peers' means and covariances from gm's. */
    private static String agreementOfMoments(Map<String, Measure> results) {
        double[] gm = numbers(results.get("gm").output(), true);
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Measure> peer : results.entrySet()) {
            if (peer.getKey().equals("gm")) {
                continue;
            }
            double[] other = numbers(peer.getValue().output(), false);
            if (other.length != gm.length) {
                text.append("Results of ").append(peer.getKey()).append(" could not be compared (").append(other.length)
                        .append(" numbers, gm printed ").append(gm.length).append("). ");
                continue;
            }
            double worst = 0;
            for (int i = 0; i < gm.length; i++) {
                worst = Math.max(worst, Math.abs(gm[i] - other[i]) / Math.max(Math.abs(other[i]), Double.MIN_NORMAL));
            }
            text.append(String.format(Locale.ROOT, "gm vs %s: largest relative difference of the 8 means and 64 "
                    + "covariances %.1e. ", peer.getKey(), worst));
        }
        return text.toString().isEmpty() ? "No peer to compare with." : text.toString().trim();
    }

    private static String agreementOfErrors(Map<String, Measure> results) {
        Matcher gmErrors = Pattern.compile("\\((\\d+) of (\\d+) rows misclassified\\)").matcher(results.get("gm").output());
        String gm = gmErrors.find() ? gmErrors.group(1) : "?";
        StringBuilder text = new StringBuilder("Misclassified training rows: gm " + gm);
        results.forEach((tool, m) -> {
            if (!tool.equals("gm")) {
                text.append(", ").append(tool).append(' ').append(m.output().trim());
            }
        });
        return text.append('.').toString();
    }

    /** The numbers printed: gm's tables (after the load report, skipping row and column labels), or one per line. */
    private static double[] numbers(String output, boolean gm) {
        List<Double> numbers = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (gm && line.startsWith("loaded")) {
                continue;
            }
            for (String token : line.trim().split("\\s+")) {
                try {
                    numbers.add(Double.parseDouble(token));
                } catch (NumberFormatException notANumber) {
                    // a label
                }
            }
        }
        return numbers.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Runs a command (under /usr/bin/time when timed); fails on a non-zero exit. */
    private static Measure run(List<String> command, boolean timed) throws Exception {
        Path times = Files.createTempFile("gm-bench", ".time");
        List<String> full = new ArrayList<>();
        if (timed) {
            full.addAll(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %M %U %S"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        String measured = Files.readString(times).trim();
        Files.delete(times);
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + code + ":\n" + output);
        }
        if (!timed) {
            return new Measure(0, 0, 0, output);
        }
        String[] parts = measured.split("\\s+");
        int n = parts.length;
        return new Measure(Double.parseDouble(parts[n - 4]),
                Double.parseDouble(parts[n - 2]) + Double.parseDouble(parts[n - 1]), Long.parseLong(parts[n - 3]), output);
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The first python3 with pandas: the one on the path, else the system's. */
    private static String findPython() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            if (succeeds(List.of(candidate, "-c", "import pandas, numpy"))) {
                return candidate;
            }
        }
        return null;
    }

    private static String peers(String python, boolean sklearn, boolean dataTable, boolean mass) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        (python != null ? found : missing).add("pandas + numpy");
        (sklearn ? found : missing).add("scikit-learn");
        (dataTable ? found : missing).add("R data.table");
        (mass ? found : missing).add("R MASS");
        return (found.isEmpty() ? "none found" : "measured " + String.join(", ", found))
                + (missing.isEmpty() ? "" : "; missing (not timed): " + String.join(", ", missing));
    }

    private static String machine() {
        String model = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException e) {
            // keep "unknown CPU"
        }
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return model + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + String.format(Locale.ROOT, "%.0f GB", memory / 1e9) + " memory, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + " (1 minute)";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
