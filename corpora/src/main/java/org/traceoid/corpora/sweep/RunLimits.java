package org.traceoid.corpora.sweep;

import java.util.Locale;
import java.util.Objects;

/**
 * The limits of one run: a time limit on CPU time (user + system of the whole process tree,
 * BenchExec's default) or on wall-clock time (the SAT Competition's), and a limit on the tree's
 * resident memory. A run is a timeout when its measured time exceeds the limit.
 *
 * <p>Under a wall-clock limit the runner kills a run a grace period past the limit (2 s + 10%: a
 * solver may print its answer at its own deadline). Under a CPU limit it kills the run as soon as
 * its tree's CPU time passes the limit (nothing is gained by waiting: the answer would be a timeout
 * anyway), and a wall-clock backstop of ten times the limit plus 60 s ends a run that gets almost
 * no CPU (a hung one), so it cannot hold up the sweep for ever. Ten times, because on a machine as
 * loaded as this project's build machine (2 cores, load averages of 20 seen) a run gets a tenth of a
 * core: with three times the limit, hole10 was killed by the backstop at 15 s of CPU under a 20 s
 * limit. 4 s of CPU in 11 s of wall-clock time stays within a 10 s CPU limit, as it should.
 */
public record RunLimits(double timeoutSeconds, int memoryMb, Kind kind) {
    /** What the time limit measures. */
    public enum Kind {
        WALL, CPU;

        /** {@code wall} or {@code cpu}, as written in results and on the command line. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String word) {
            for (Kind kind : values()) {
                if (kind.word().equalsIgnoreCase(word.strip())) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("--limit is cpu or wall, got '" + word + "'");
        }
    }

    public RunLimits {
        Objects.requireNonNull(kind, "kind");
        if (!(timeoutSeconds > 0) || timeoutSeconds > 1e7) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + timeoutSeconds);
        }
        if (memoryMb < 8) {
            throw new IllegalArgumentException("--memory must be at least 8 MB, got " + memoryMb);
        }
    }

    /** Seconds past the limit before the runner kills a run that did not stop by itself. */
    public double graceSeconds() {
        return 2 + 0.1 * timeoutSeconds;
    }

    /** CPU seconds at which the run is killed (infinite under a wall-clock limit). */
    double killCpuSeconds() {
        return kind == Kind.CPU ? timeoutSeconds : Double.POSITIVE_INFINITY;
    }

    /** Wall-clock seconds at which the run is killed: limit plus grace, or under a CPU limit the backstop. */
    double killWallSeconds() {
        return kind == Kind.CPU ? 10 * timeoutSeconds + 60 : timeoutSeconds + graceSeconds();
    }

    /** The time the limit measures, and PAR-2 and the plots use. */
    double measured(double wallSeconds, double cpuSeconds) {
        return kind == Kind.CPU ? cpuSeconds : wallSeconds;
    }

    /** Whether a run that took these times exceeded the limit. */
    boolean exceeded(double wallSeconds, double cpuSeconds) {
        return measured(wallSeconds, cpuSeconds) > timeoutSeconds;
    }

    /** The same time limit with another memory limit (the checker's). */
    RunLimits withMemory(int mb) {
        return new RunLimits(timeoutSeconds, mb, kind);
    }
}
