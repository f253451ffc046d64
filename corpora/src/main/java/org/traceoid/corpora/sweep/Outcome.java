package org.traceoid.corpora.sweep;

/** How one run ended, as the runner saw it from outside the solver's JVM. */
public enum Outcome {
    /** {@code s SATISFIABLE}, exit 10, within the time limit. */
    SAT,
    /** {@code s UNSATISFIABLE}, exit 20, within the time limit. */
    UNSAT,
    /** {@code s UNKNOWN} at the solver's own limit, an answer past the limit, or killed past limit + grace. */
    TIMEOUT,
    /** The JVM ran out of heap ({@code -XX:+ExitOnOutOfMemoryError}). */
    MEMOUT,
    /** The solver's answer did not certify (exit 3): a wrong answer caught, never a solved one. */
    CERTIFICATION_FAILED,
    /** Anything else: usage or input error, crash, no {@code s} line, a status that disagrees with the exit code. */
    ERROR;

    public boolean answered() {
        return this == SAT || this == UNSAT;
    }
}
