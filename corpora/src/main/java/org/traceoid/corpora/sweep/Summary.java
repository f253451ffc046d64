package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of a sweep: one row per configuration and one for the virtual best, for the whole
 * sweep and per family.
 *
 * <p>A run is <em>solved</em> when it answered SAT or UNSAT within the limit, the answer is
 * certified (or an UNSAT answer without proof is trusted by {@code --trust-unsat}), and it is not
 * wrong ({@link Verdicts}). Every run falls in exactly one column: solved, uncertified (an
 * answer not certified, e.g. UNSAT without a proof), timeout, memout, error, wrong. PAR-2 sums the
 * time of solved runs (CPU or wall clock, as the limit was) and twice the limit for every other run.
 * CPU seconds sum user + system time of every run.
 *
 * <p>The virtual best takes, per instance, the fastest solved run; where no configuration solved an
 * instance, the run closest to solving it (uncertified before timeout, memout, error, wrong) stands
 * for it, so its columns are counted exactly as a configuration's are: with one configuration the
 * virtual best is that configuration's row.
 */
public record Summary(List<Row> configurations, Row virtualBest, List<Family> families, List<Flag> flags) {
    public Summary {
        configurations = List.copyOf(configurations);
        families = List.copyOf(families);
        flags = List.copyOf(flags);
    }

    /** One configuration's scores; {@code trusted} of the solved UNSAT answers are trusted, not proved. */
    public record Row(String name, String options, int runs, int solved, int solvedSat, int solvedUnsat, int trusted,
            int uncertified, int timeouts, int memouts, int errors, int wrong, double par2, double cpuSeconds) {
    }

    /** The rows of one family's instances. */
    public record Family(String family, int instances, List<Row> configurations, Row virtualBest) {
    }

    /** A wrong answer, as listed in the report. */
    public record Flag(String instance, String gbd, String config, String reason) {
    }

    /** The column a run counts in, best first. */
    enum Column {
        SOLVED, UNCERTIFIED, TIMEOUT, MEMOUT, ERROR, WRONG
    }

    /** Whether a run counts as solved, given the wrong answers. */
    static boolean solved(RunResult run, Map<RunResult.RunKey, String> wrong) {
        return run.outcome().answered() && (run.certified() || run.trusted()) && !wrong.containsKey(run.key());
    }

    static Column column(RunResult run, Map<RunResult.RunKey, String> wrong) {
        if (wrong.containsKey(run.key())) {
            return Column.WRONG;
        }
        if (solved(run, wrong)) {
            return Column.SOLVED;
        }
        return switch (run.outcome()) {
            case SAT, UNSAT -> Column.UNCERTIFIED;
            case TIMEOUT -> Column.TIMEOUT;
            case MEMOUT -> Column.MEMOUT;
            case ERROR, CERTIFICATION_FAILED -> Column.ERROR;
        };
    }

    /** The time PAR-2 charges for a run. */
    static double par2(RunResult run, Map<RunResult.RunKey, String> wrong) {
        return solved(run, wrong) ? run.scoredSeconds() : 2 * run.timeoutSeconds();
    }

    /** Scores {@code runs}; configurations in name order (parallel and SLURM runs finish in any order). */
    public static Summary of(List<RunResult> runs) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(runs);
        Map<String, List<RunResult>> byFamily = new TreeMap<>();
        runs.forEach(run -> byFamily.computeIfAbsent(run.family(), f -> new ArrayList<>()).add(run));
        List<Family> families = new ArrayList<>();
        byFamily.forEach((family, mine) -> families.add(new Family(family,
                (int) mine.stream().map(RunResult::gbd).distinct().count(), rows(mine, wrong), virtualBest(mine, wrong))));
        List<Flag> flags = new ArrayList<>();
        Map<RunResult.RunKey, RunResult> byKey = new HashMap<>();
        runs.forEach(r -> byKey.put(r.key(), r));
        wrong.forEach((key, reason) -> {
            RunResult run = byKey.get(key);
            flags.add(new Flag(run.instance(), run.gbd(), run.config(), reason));
        });
        return new Summary(rows(runs, wrong), virtualBest(runs, wrong), families, flags);
    }

    private static List<Row> rows(List<RunResult> runs, Map<RunResult.RunKey, String> wrong) {
        Map<String, List<RunResult>> byConfig = new TreeMap<>();
        for (RunResult run : runs) {
            byConfig.computeIfAbsent(run.config(), c -> new ArrayList<>()).add(run);
        }
        List<Row> rows = new ArrayList<>();
        byConfig.forEach((config, mine) -> rows.add(row(config, mine.get(0).options(), mine, wrong,
                mine.stream().mapToDouble(r -> par2(r, wrong)).sum())));
        return rows;
    }

    /** Counts {@code runs} into the columns. */
    private static Row row(String name, String options, List<RunResult> runs, Map<RunResult.RunKey, String> wrong,
            double par2) {
        int[] counts = new int[Column.values().length];
        int sat = 0;
        int trusted = 0;
        double cpu = 0;
        for (RunResult run : runs) {
            Column column = column(run, wrong);
            counts[column.ordinal()]++;
            if (column == Column.SOLVED && run.outcome() == Outcome.SAT) {
                sat++;
            }
            if (column == Column.SOLVED && !run.certified()) {
                trusted++;
            }
            cpu += Math.max(0, run.cpuSeconds());
        }
        int solved = counts[Column.SOLVED.ordinal()];
        return new Row(name, options, runs.size(), solved, sat, solved - sat, trusted,
                counts[Column.UNCERTIFIED.ordinal()], counts[Column.TIMEOUT.ordinal()], counts[Column.MEMOUT.ordinal()],
                counts[Column.ERROR.ordinal()], counts[Column.WRONG.ordinal()], round(par2), round(cpu));
    }

    private static Row virtualBest(List<RunResult> runs, Map<RunResult.RunKey, String> wrong) {
        Map<String, List<RunResult>> byInstance = new LinkedHashMap<>();
        for (RunResult run : runs) {
            byInstance.computeIfAbsent(run.gbd(), g -> new ArrayList<>()).add(run);
        }
        List<RunResult> chosen = new ArrayList<>();
        double par2 = 0;
        for (List<RunResult> candidates : byInstance.values()) {
            RunResult best = candidates.stream().min(Comparator
                    .comparing((RunResult r) -> column(r, wrong))
                    .thenComparingDouble(r -> solved(r, wrong) ? r.scoredSeconds() : 0)
                    .thenComparing(RunResult::config)).orElseThrow();
            chosen.add(best);
            par2 += solved(best, wrong) ? best.scoredSeconds()
                    : 2 * candidates.stream().mapToDouble(RunResult::timeoutSeconds).max().orElse(0);
        }
        return row("virtual-best", "", chosen, wrong, par2);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
