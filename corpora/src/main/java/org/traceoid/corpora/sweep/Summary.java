package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scores of a sweep: one row per configuration and one for the virtual best (per
 * instance, the fastest configuration that solved it).
 *
 * <p>A run is <em>solved</em> when it answered SAT or UNSAT within the limit, the answer is
 * certified, and it is not wrong ({@link Verdicts}). PAR-2 sums, over a configuration's runs,
 * the wall-clock time of solved runs and twice the limit for every other run (uncertified
 * answers included). CPU seconds sum user + system time of every run.
 */
public record Summary(List<Row> configurations, Row virtualBest, List<Flag> flags) {
    public Summary {
        configurations = List.copyOf(configurations);
        flags = List.copyOf(flags);
    }

    /** One configuration's scores. */
    public record Row(String name, String options, int runs, int solved, int solvedSat, int solvedUnsat,
            int uncertified, int timeouts, int memouts, int errors, int wrong, double par2, double cpuSeconds) {
    }

    /** A wrong answer, as listed in the report. */
    public record Flag(String instance, String gbd, String config, String reason) {
    }

    /** Whether a run counts as solved, given the wrong answers. */
    static boolean solved(RunResult run, Map<RunResult.RunKey, String> wrong) {
        return run.outcome().answered() && run.certified() && !wrong.containsKey(run.key());
    }

    /** The time PAR-2 charges for a run. */
    static double par2(RunResult run, Map<RunResult.RunKey, String> wrong) {
        return solved(run, wrong) ? run.wallSeconds() : 2 * run.timeoutSeconds();
    }

    /** Scores {@code runs}; configurations in name order (parallel and SLURM runs finish in any order). */
    public static Summary of(List<RunResult> runs) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(runs);
        Map<String, List<RunResult>> byConfig = new TreeMap<>();
        for (RunResult run : runs) {
            byConfig.computeIfAbsent(run.config(), c -> new ArrayList<>()).add(run);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> entry : byConfig.entrySet()) {
            int sat = 0;
            int unsat = 0;
            int uncertified = 0;
            int timeouts = 0;
            int memouts = 0;
            int errors = 0;
            int wrongCount = 0;
            double par2 = 0;
            double cpu = 0;
            for (RunResult run : entry.getValue()) {
                boolean isWrong = wrong.containsKey(run.key());
                if (isWrong) {
                    wrongCount++;
                } else if (solved(run, wrong)) {
                    if (run.outcome() == Outcome.SAT) {
                        sat++;
                    } else {
                        unsat++;
                    }
                } else {
                    switch (run.outcome()) {
                        case SAT, UNSAT -> uncertified++;
                        case TIMEOUT -> timeouts++;
                        case MEMOUT -> memouts++;
                        case ERROR, CERTIFICATION_FAILED -> errors++;
                    }
                }
                par2 += par2(run, wrong);
                cpu += Math.max(0, run.cpuSeconds());
            }
            rows.add(new Row(entry.getKey(), entry.getValue().get(0).options(), entry.getValue().size(), sat + unsat,
                    sat, unsat, uncertified, timeouts, memouts, errors, wrongCount, round(par2), round(cpu)));
        }
        List<Flag> flags = new ArrayList<>();
        Map<RunResult.RunKey, RunResult> byKey = new HashMap<>();
        runs.forEach(r -> byKey.put(r.key(), r));
        wrong.forEach((key, reason) -> {
            RunResult run = byKey.get(key);
            flags.add(new Flag(run.instance(), run.gbd(), run.config(), reason));
        });
        return new Summary(rows, virtualBest(runs, wrong), flags);
    }

    private static Row virtualBest(List<RunResult> runs, Map<RunResult.RunKey, String> wrong) {
        Map<String, List<RunResult>> byInstance = new LinkedHashMap<>();
        for (RunResult run : runs) {
            byInstance.computeIfAbsent(run.gbd(), g -> new ArrayList<>()).add(run);
        }
        int sat = 0;
        int unsat = 0;
        double par2 = 0;
        double cpu = 0;
        for (List<RunResult> candidates : byInstance.values()) {
            RunResult best = null;
            for (RunResult run : candidates) {
                if (solved(run, wrong) && (best == null || run.wallSeconds() < best.wallSeconds())) {
                    best = run;
                }
            }
            if (best == null) {
                par2 += 2 * candidates.stream().mapToDouble(RunResult::timeoutSeconds).max().orElse(0);
            } else {
                par2 += best.wallSeconds();
                cpu += Math.max(0, best.cpuSeconds());
                if (best.outcome() == Outcome.SAT) {
                    sat++;
                } else {
                    unsat++;
                }
            }
        }
        int instances = byInstance.size();
        return new Row("virtual-best", "", instances, sat + unsat, sat, unsat, 0, instances - sat - unsat, 0, 0, 0,
                round(par2), round(cpu));
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
