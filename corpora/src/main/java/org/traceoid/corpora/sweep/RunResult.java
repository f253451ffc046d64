package org.traceoid.corpora.sweep;

import java.util.Objects;

/**
 * One line of {@code results.jsonl}: one (instance, configuration) run. {@code certified} is true
 * only when the answer's certificate was checked: by Traceoid in-process ({@code c certified:}
 * line) or, for an external solver, by the sweep's own check of its model or proof;
 * {@code certificate} keeps that line (or why the answer is not certified). {@code trusted} marks an
 * UNSAT answer without proof that counts as solved because the user said {@code --trust-unsat}.
 * Times in seconds: wall clock including process start, CPU as user + system of the whole process
 * tree; {@code limit} says which of the two the time limit, PAR-2 and the plots use.
 * {@code peakRssMb} is the tree's peak resident memory (0 where it could not be measured),
 * {@code resources} the mechanism that measured and limited it ({@link ResourceControl}),
 * {@code checkSeconds} the time of the sweep's own answer check (-1: none). Lines written before a
 * field existed read with its default.
 *
 * @param family the instance's family (manifest, else its directory), for per-family rows
 * @param expected the manifest's answer: SAT, UNSAT or UNKNOWN
 * @param timeoutSeconds the sweep's limit for this run (PAR-2 charges twice this for an unsolved run)
 * @param errorTail the end of stderr (up to {@link ErrorTail#MAX_CHARS} characters) of a run that failed
 */
public record RunResult(
        String gbd,
        String instance,
        String file,
        String family,
        String config,
        String tool,
        String toolVersion,
        String options,
        Outcome outcome,
        boolean certified,
        boolean trusted,
        String certificate,
        int exitCode,
        double wallSeconds,
        double cpuSeconds,
        double peakRssMb,
        String limit,
        double checkSeconds,
        String resources,
        String expected,
        double timeoutSeconds,
        int memoryMb,
        String message,
        String errorTail,
        String host,
        String finishedAt) {
    public RunResult {
        Objects.requireNonNull(gbd, "gbd");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(outcome, "outcome");
        family = family == null ? "" : family;
        tool = tool == null ? "traceoid" : tool;
        toolVersion = toolVersion == null ? "unknown" : toolVersion;
        options = options == null ? "" : options;
        expected = expected == null ? "UNKNOWN" : expected;
        certificate = certificate == null ? "" : certificate;
        limit = limit == null ? RunLimits.Kind.WALL.word() : limit;
        resources = resources == null ? "" : resources;
        message = message == null ? "" : message;
        errorTail = errorTail == null ? "" : errorTail;
    }

    /** The key resume uses: one run per instance hash and configuration. */
    public RunKey key() {
        return new RunKey(gbd, config);
    }

    /** The time the limit measured: CPU under {@code --limit cpu}, else wall clock. */
    public double scoredSeconds() {
        return RunLimits.Kind.CPU.word().equals(limit) ? Math.max(0, cpuSeconds) : wallSeconds;
    }

    /** A run's identity. */
    public record RunKey(String gbd, String config) {
    }
}
