package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.util.Locale;
import org.traceoid.cnf.SolveStatus;

/**
 * What a run's ending, exit code and output mean, by these rules in order:
 * <ol>
 *   <li>killed at the memory limit, or the JVM reports {@code OutOfMemoryError} → MEMOUT;</li>
 *   <li>killed at the time limit → TIMEOUT;</li>
 *   <li>Traceoid's exit 3 → its certification failed;</li>
 *   <li>a status ({@code s} line, or an external solver's {@code {model}} file) that agrees with the
 *       exit code (10, 20, 0) → the answer; {@code UNKNOWN}, or an answer past the limit, is a
 *       TIMEOUT; an answer is certified by Traceoid's {@code c certified:} line, or, for an
 *       external solver, by the sweep's own check of its model or proof ({@link AnswerCheck}),
 *       whose rejection makes the run CERTIFICATION_FAILED (a wrong answer);</li>
 *   <li>anything else → ERROR, with the line of stderr that names the failure; but a timeout if it
 *       took longer than the limit (killed by a signal from elsewhere, such as the rlimit backstop).</li>
 * </ol>
 */
record Classification(Outcome outcome, boolean certified, String certificate, String message) {

    /** Checks an external solver's claimed answer; called only for SAT and UNSAT claims within the limit. */
    interface AnswerChecker {
        AnswerCheck.Verdict check(SolverAnswer.Claim claim) throws IOException, InterruptedException;
    }

    /** Rules 1 and 2, or null when they do not apply. */
    static Classification ending(TreeRunner.Measurement m, RunLimits limits, String stdout, String stderr) {
        if (m.ending() == TreeRunner.Ending.MEMORY_LIMIT) {
            return new Classification(Outcome.MEMOUT, false, "", String.format(Locale.ROOT,
                    "resident memory reached the %d MB limit (peak %.1f MB)", limits.memoryMb(), m.peakMb()));
        }
        // HotSpot prints "Terminating due to java.lang.OutOfMemoryError: ..." on stdout, other paths on stderr
        if (stderr.contains("java.lang.OutOfMemoryError") || stdout.contains("java.lang.OutOfMemoryError")) {
            return new Classification(Outcome.MEMOUT, false, "", "out of memory (JVM heap, -Xmx"
                    + SolverCommand.heapMb(limits.memoryMb()) + "m)");
        }
        if (m.ending() == TreeRunner.Ending.TIME_LIMIT) {
            boolean backstop = limits.kind() == RunLimits.Kind.CPU && m.cpuSeconds() < limits.killCpuSeconds();
            return new Classification(Outcome.TIMEOUT, false, "", backstop
                    ? String.format(Locale.ROOT, "killed at the wall-clock backstop (%.0f s) with %.1f s of CPU",
                            limits.killWallSeconds(), m.cpuSeconds())
                    : limits.kind() == RunLimits.Kind.CPU ? "killed at the CPU limit"
                    : "killed past the wall limit plus grace");
        }
        return null;
    }

    /** A {@code traceoid solve} run. */
    static Classification traceoid(TreeRunner.Measurement m, RunLimits limits, String stdout, String stderr) {
        Classification early = ending(m, limits, stdout, stderr);
        if (early != null) {
            return early;
        }
        String certificate = "";
        String statusLine = null;
        for (String line : stdout.split("\n")) {
            line = line.strip();
            if (line.startsWith("s ")) {
                statusLine = line;
            } else if (line.startsWith("c certified:") || line.startsWith("c ") && line.contains("not certified")) {
                certificate = line.substring(2);
            }
        }
        if (m.exitCode() == 3) {
            return new Classification(Outcome.CERTIFICATION_FAILED, false, "", ErrorTail.summary(stderr));
        }
        SolveStatus status = statusLine == null ? null : switch (statusLine) {
            case "s SATISFIABLE" -> SolveStatus.SATISFIABLE;
            case "s UNSATISFIABLE" -> SolveStatus.UNSATISFIABLE;
            case "s UNKNOWN" -> SolveStatus.UNKNOWN;
            default -> null;
        };
        if (status == null || status.exitCode() != m.exitCode()) {
            return error(m.exitCode(), statusLine, stderr, m, limits);
        }
        Classification limited = unknownOrLate(status, statusLine, m, limits);
        if (limited != null) {
            return limited;
        }
        return new Classification(answer(status), certificate.startsWith("certified:"), certificate, "");
    }

    /** An external solver's run; {@code checker} checks its answer. */
    static Classification external(TreeRunner.Measurement m, RunLimits limits, String stdout, String stderr,
            SolverAnswer.Claim claim, AnswerChecker checker) throws IOException, InterruptedException {
        Classification early = ending(m, limits, stdout, stderr);
        if (early != null) {
            return early;
        }
        if (claim == null || claim.status().exitCode() != m.exitCode()) {
            return error(m.exitCode(), claim == null ? null : claim.statusLine(), stderr, m, limits);
        }
        Classification limited = unknownOrLate(claim.status(), claim.statusLine(), m, limits);
        if (limited != null) {
            return limited;
        }
        AnswerCheck.Verdict verdict = checker.check(claim);
        Outcome answer = answer(claim.status());
        return switch (verdict.result()) {
            case VERIFIED -> new Classification(answer, true, verdict.line(), "");
            case UNDECIDED -> new Classification(answer, false, verdict.line(), "");
            case REJECTED -> new Classification(Outcome.CERTIFICATION_FAILED, false, verdict.line(),
                    "claimed " + answer + "; " + verdict.line());
        };
    }

    private static Classification unknownOrLate(SolveStatus status, String statusLine, TreeRunner.Measurement m,
            RunLimits limits) {
        if (status == SolveStatus.UNKNOWN) {
            return new Classification(Outcome.TIMEOUT, false, "", statusLine);
        }
        if (limits.exceeded(m.wallSeconds(), m.cpuSeconds())) {
            return new Classification(Outcome.TIMEOUT, false, "", String.format(Locale.ROOT,
                    "answered %s after the limit (%.2f s %s)", answer(status), limits.measured(m.wallSeconds(),
                            m.cpuSeconds()), limits.kind().word()));
        }
        return null;
    }

    private static Outcome answer(SolveStatus status) {
        return status == SolveStatus.SATISFIABLE ? Outcome.SAT : Outcome.UNSAT;
    }

    /** Rule 5, unless the run took longer than the limit: then it is a timeout, however it ended. */
    private static Classification error(int exitCode, String statusLine, String stderr, TreeRunner.Measurement m,
            RunLimits limits) {
        if (limits.exceeded(m.wallSeconds(), m.cpuSeconds())) {
            return new Classification(Outcome.TIMEOUT, false, "", String.format(Locale.ROOT,
                    "ended past the limit (%.2f s %s) with exit code %d", limits.measured(m.wallSeconds(),
                            m.cpuSeconds()), limits.kind().word(), exitCode));
        }
        return error(exitCode, statusLine, stderr);
    }

    private static Classification error(int exitCode, String statusLine, String stderr) {
        String detail = ErrorTail.summary(stderr);
        String why = statusLine == null ? "no s line" : "'" + statusLine + "' with exit code " + exitCode;
        return new Classification(Outcome.ERROR, false, "",
                "exit code " + exitCode + ", " + why + (detail.isEmpty() ? "" : ": " + detail));
    }
}
