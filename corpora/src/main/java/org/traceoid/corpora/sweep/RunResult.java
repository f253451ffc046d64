package org.traceoid.corpora.sweep;

import java.util.Objects;

/**
 * One line of {@code results.jsonl}: one (instance, configuration) run. {@code certified} is
 * true only when the solver printed a {@code c certified:} line; {@code certificate} keeps that
 * line (or the solver's note on why the answer is not certified). Times in seconds: wall
 * clock including JVM start, CPU as user + system of the solver's process tree.
 *
 * @param expected the manifest's answer: SAT, UNSAT or UNKNOWN
 * @param timeoutSeconds the sweep's limit for this run (PAR-2 charges twice this for an unsolved run)
 */
public record RunResult(
        String gbd,
        String instance,
        String file,
        String config,
        String options,
        Outcome outcome,
        boolean certified,
        String certificate,
        int exitCode,
        double wallSeconds,
        double cpuSeconds,
        String expected,
        double timeoutSeconds,
        int memoryMb,
        String message,
        String host,
        String finishedAt) {
    public RunResult {
        Objects.requireNonNull(gbd, "gbd");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(outcome, "outcome");
        expected = expected == null ? "UNKNOWN" : expected;
        certificate = certificate == null ? "" : certificate;
        message = message == null ? "" : message;
    }

    /** The key resume uses: one run per instance hash and configuration. */
    public RunKey key() {
        return new RunKey(gbd, config);
    }

    /** A run's identity. */
    public record RunKey(String gbd, String config) {
    }
}
