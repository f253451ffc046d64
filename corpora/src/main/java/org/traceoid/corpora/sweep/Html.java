package org.traceoid.corpora.sweep;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code index.html}, from the Mustache template {@code report.html.mustache} (JMustache escapes
 * every value for HTML): the summary, wrong answers, one row per family, the plots, one row per
 * instance with a link to each run's output, and the configurations with their versions. The
 * tables sort by a click on a heading (a few lines of script in the page, no library: the report
 * must open from a file, offline).
 */
final class Html {
    private static final Template TEMPLATE = compile();

    private Html() {
    }

    private static Template compile() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                Html.class.getResourceAsStream("report.html.mustache"), "report.html.mustache"), StandardCharsets.UTF_8)) {
            return Mustache.compiler().defaultValue("").compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page for the report in {@code dir}; links only to log files that exist there. */
    static String page(Path dir, Summary summary, List<RunResult> runs, List<String> scatterPair) {
        List<String> configs = runs.stream().map(RunResult::config).distinct().sorted().toList();
        Map<String, RunResult> anyRun = new LinkedHashMap<>();
        runs.forEach(run -> anyRun.putIfAbsent(run.config(), run));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("runCount", runs.size());
        page.put("instanceCount", runs.stream().map(RunResult::gbd).distinct().count());
        page.put("configCount", configs.size());
        page.put("measure", measure(runs));
        page.put("resources", runs.stream().map(RunResult::resources).filter(r -> !r.isEmpty()).distinct().toList());
        page.put("anyTrusted", runs.stream().anyMatch(RunResult::trusted));
        List<Object> summaryRows = new ArrayList<>();
        for (Summary.Row row : summary.configurations()) {
            summaryRows.add(summaryRow(row, anyRun.get(row.name()).tool(), false));
        }
        summaryRows.add(summaryRow(summary.virtualBest(), "", true));
        page.put("summaryRows", summaryRows);
        List<Object> flags = new ArrayList<>();
        for (Summary.Flag flag : summary.flags()) {
            flags.add(Map.of("config", flag.config(), "instance", flag.instance(), "reason", flag.reason()));
        }
        page.put("flags", flags);
        page.put("hasFlags", !flags.isEmpty());
        page.put("flagCount", flags.size());
        page.put("configNames", configs);
        page.put("familyRows", familyRows(summary, configs));
        page.put("scatter", scatterPair == null ? null : Map.of("a", scatterPair.get(0), "b", scatterPair.get(1)));
        page.put("benchExec", Files.isDirectory(dir.resolve("benchexec")));
        page.put("runRows", runRows(dir, runs, configs));
        List<Object> configurations = new ArrayList<>();
        for (String config : configs) {
            RunResult run = anyRun.get(config);
            configurations.add(Map.of("name", config, "tool", run.tool(), "version", run.toolVersion(),
                    "options", run.options()));
        }
        page.put("configurations", configurations);
        return TEMPLATE.execute(page);
    }

    /** "CPU time" or "wall-clock time", as the runs' limit measured. */
    static String measure(List<RunResult> runs) {
        List<String> limits = runs.stream().map(RunResult::limit).distinct().toList();
        if (limits.size() != 1) {
            return "the time the limit measured (CPU or wall clock, per run)";
        }
        return limits.get(0).equals(RunLimits.Kind.CPU.word()) ? "CPU time" : "wall-clock time";
    }

    private static Map<String, Object> summaryRow(Summary.Row row, String tool, boolean virtualBest) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("vb", virtualBest);
        map.put("name", row.name());
        map.put("tool", tool);
        map.put("runs", row.runs());
        map.put("solved", row.solved());
        map.put("sat", row.solvedSat());
        map.put("unsat", row.solvedUnsat());
        map.put("trusted", row.trusted());
        map.put("uncertified", row.uncertified());
        map.put("timeouts", row.timeouts());
        map.put("memouts", row.memouts());
        map.put("errors", row.errors());
        map.put("wrong", row.wrong() > 0);
        map.put("wrongCount", row.wrong());
        map.put("par2", fmt(row.par2()));
        map.put("cpu", fmt(row.cpuSeconds()));
        return map;
    }

    private static List<Object> familyRows(Summary summary, List<String> configs) {
        List<Object> rows = new ArrayList<>();
        for (Summary.Family family : summary.families()) {
            List<Object> cells = new ArrayList<>();
            for (String config : configs) {
                Summary.Row row = family.configurations().stream().filter(r -> r.name().equals(config)).findFirst()
                        .orElse(null);
                cells.add(row == null ? Map.of("solved", "", "par2", "")
                        : Map.of("solved", row.solved() + " / " + row.runs(), "par2", fmt(row.par2())));
            }
            Summary.Row best = family.virtualBest();
            cells.add(Map.of("solved", best.solved() + " / " + best.runs(), "par2", fmt(best.par2())));
            rows.add(Map.of("family", family.family().isEmpty() ? "(none)" : family.family(),
                    "instances", family.instances(), "cells", cells));
        }
        return rows;
    }

    private static List<Object> runRows(Path dir, List<RunResult> runs, List<String> configs) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(runs);
        List<Object> rows = new ArrayList<>();
        for (Map<String, RunResult> byConfig : Report.byInstance(runs).values()) {
            RunResult any = byConfig.values().iterator().next();
            List<Object> cells = new ArrayList<>();
            for (String config : configs) {
                RunResult run = byConfig.get(config);
                cells.add(run == null ? Map.of("present", false, "cls", "", "sort", "", "title", "")
                        : cell(dir, run, wrong));
            }
            rows.add(Map.of("instance", any.instance(), "family", any.family(), "expected", any.expected(),
                    "cells", cells));
        }
        return rows;
    }

    private static Map<String, Object> cell(Path dir, RunResult run, Map<RunResult.RunKey, String> wrong) {
        String reason = wrong.get(run.key());
        boolean solved = Summary.solved(run, wrong);
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("present", true);
        cell.put("cls", reason != null ? "wrong" : solved ? "solved" : run.outcome().answered() ? "unverified" : "");
        cell.put("text", run.outcome() + (run.certified() ? " \u2713" : run.trusted() ? " (trusted)" : "") + " "
                + fmt(run.scoredSeconds()));
        // unsolved runs sort after every solved one, by their outcome
        cell.put("sort", solved ? fmt(run.scoredSeconds()) : String.format(Locale.ROOT, "%d", 1_000_000_000));
        String title = reason != null ? "WRONG: " + reason
                : !run.message().isEmpty() ? run.message() : run.certificate();
        cell.put("title", title + String.format(Locale.ROOT, " (wall %.2f s, CPU %.2f s, peak %.1f MB)",
                run.wallSeconds(), run.cpuSeconds(), run.peakRssMb()));
        List<Object> links = new ArrayList<>();
        for (String suffix : List.of(".out", ".err", ".model", ".proof")) {
            String path = Report.logFile(run, suffix);
            if (Files.exists(dir.resolve(path))) {
                links.add(Map.of("href", path, "label", suffix.substring(1)));
            }
        }
        cell.put("links", links);
        return cell;
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }
}
