package org.traceoid.corpora.sweep;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything a sweep directory shows, rendered from its {@code results.jsonl} alone:
 * {@code results.csv} (one row per run), {@code summary.json} ({@link Summary}),
 * {@code cactus.svg/png}, {@code scatter.svg/png} (the first two configurations, or a chosen
 * pair), {@code index.html} with the plots and tables ({@link Html}), mkplot's JSON input
 * ({@code mkplot/CONFIG.json}, {@link MkplotJson}) and optionally BenchExec result XML
 * ({@code benchexec/CONFIG.xml}, {@link BenchExecXml}). Files are replaced atomically.
 */
public final class Report {
    private Report() {
    }

    /** What {@link #write} produced. */
    public record Written(Summary summary, List<Path> files) {
    }

    /**
     * Renders the report for {@code runs} into {@code dir}. {@code scatter} names the two
     * configurations to compare (null: the first two); {@code benchExec} also writes
     * {@code benchexec/CONFIG.xml}.
     */
    public static Written write(Path dir, List<RunResult> runs, List<String> scatter, boolean benchExec)
            throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // plots on machines without a display
        }
        Files.createDirectories(dir);
        runs = sorted(runs);
        Summary summary = Summary.of(runs);
        List<Path> files = new ArrayList<>();
        files.add(atomically(dir.resolve("results.csv"), csv(runs, Verdicts.wrongAnswers(runs))));
        files.add(atomically(dir.resolve("summary.json"),
                ResultsLog.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary) + "\n"));
        List<String> configs = runs.stream().map(RunResult::config).distinct().sorted().toList();
        Plots.write(Plots.cactus(runs), dir, "cactus");
        files.add(dir.resolve("cactus.svg"));
        files.add(dir.resolve("cactus.png"));
        List<String> pair = scatter != null ? scatter : configs.size() >= 2 ? configs.subList(0, 2) : null;
        if (pair != null) {
            for (String config : pair) {
                if (!configs.contains(config)) {
                    throw new IllegalArgumentException("no configuration named '" + config + "' in the results; there are "
                            + configs);
                }
            }
            Plots.write(Plots.scatter(runs, pair.get(0), pair.get(1)), dir, "scatter");
            files.add(dir.resolve("scatter.svg"));
            files.add(dir.resolve("scatter.png"));
        }
        files.add(atomically(dir.resolve("index.html"), Html.page(dir, summary, runs, pair)));
        Path mkplot = Files.createDirectories(dir.resolve("mkplot"));
        for (String config : configs) {
            List<RunResult> mine = runs.stream().filter(r -> r.config().equals(config)).toList();
            files.add(atomically(mkplot.resolve(config + ".json"), MkplotJson.of(config, mine, runs)));
        }
        if (benchExec) {
            Path xmlDir = Files.createDirectories(dir.resolve("benchexec"));
            files.add(atomically(xmlDir.resolve(BenchExecXml.PROPERTY_FILE), BenchExecXml.PROPERTY_TEXT));
            for (String config : configs) {
                List<RunResult> mine = runs.stream().filter(r -> r.config().equals(config)).toList();
                files.add(atomically(xmlDir.resolve(config + ".xml"), BenchExecXml.of(config, mine, runs)));
            }
        }
        return new Written(summary, files);
    }

    /** Loud lines for the console: wrong answers, then one score line per configuration. */
    public static void printSummary(Summary summary, Consumer<String> out, Consumer<String> alarms) {
        for (Summary.Flag flag : summary.flags()) {
            alarms.accept("WRONG ANSWER: configuration '" + flag.config() + "' on " + flag.instance() + " (GBD "
                    + flag.gbd() + "): " + flag.reason());
        }
        List<Summary.Row> rows = new ArrayList<>(summary.configurations());
        rows.add(summary.virtualBest());
        for (Summary.Row row : rows) {
            out.accept(String.format(Locale.ROOT,
                    "%-16s solved %d/%d (SAT %d, UNSAT %d%s), unverified %d, timeouts %d, memouts %d, errors %d,"
                            + " wrong %d, PAR-2 %.1f s, CPU %.1f s",
                    row.name(), row.solved(), row.runs(), row.solvedSat(), row.solvedUnsat(),
                    row.trusted() > 0 ? ", " + row.trusted() + " trusted" : "", row.uncertified(),
                    row.timeouts(), row.memouts(), row.errors(), row.wrong(), row.par2(), row.cpuSeconds()));
        }
    }

    /** Runs by instance name, GBD hash and configuration: the same table whatever order the runs finished in. */
    public static List<RunResult> sorted(List<RunResult> runs) {
        return runs.stream().sorted(Comparator.comparing(RunResult::instance).thenComparing(RunResult::gbd)
                .thenComparing(RunResult::config)).toList();
    }

    static String csv(List<RunResult> runs, Map<RunResult.RunKey, String> wrong) {
        StringBuilder csv = new StringBuilder(
                "instance,gbd,family,config,tool,options,outcome,certified,trusted,solved,wrong,wall_seconds,cpu_seconds,"
                        + "limit,par2_seconds,peak_rss_mb,check_seconds,exit_code,expected,timeout_seconds,memory_mb,"
                        + "certificate,message\n");
        for (RunResult run : runs) {
            csv.append(String.join(",", List.of(
                    cell(run.instance()), run.gbd(), cell(run.family()), cell(run.config()), cell(run.tool()),
                    cell(run.options()), run.outcome().name(), Boolean.toString(run.certified()),
                    Boolean.toString(run.trusted()), Boolean.toString(Summary.solved(run, wrong)),
                    cell(wrong.getOrDefault(run.key(), "")), number(run.wallSeconds()), number(run.cpuSeconds()),
                    run.limit(), number(Summary.par2(run, wrong)), number(run.peakRssMb()), number(run.checkSeconds()),
                    Integer.toString(run.exitCode()), run.expected(), number(run.timeoutSeconds()),
                    Integer.toString(run.memoryMb()), cell(run.certificate()), cell(run.message()))))
                    .append('\n');
        }
        return csv.toString();
    }

    /** RFC 4180: quote a cell with a comma, quote or line break; double the quotes. */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static Path atomically(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** A run's log file, relative to the sweep directory ({@link SolverRun} names them). */
    static String logFile(RunResult run, String suffix) {
        return "logs/" + run.config() + "/" + run.gbd() + "." + run.config() + suffix;
    }

    /** Runs grouped by instance, for the HTML table. */
    static Map<String, Map<String, RunResult>> byInstance(List<RunResult> runs) {
        Map<String, Map<String, RunResult>> table = new LinkedHashMap<>();
        for (RunResult run : runs) {
            table.computeIfAbsent(run.gbd(), g -> new LinkedHashMap<>()).put(run.config(), run);
        }
        return table;
    }
}
