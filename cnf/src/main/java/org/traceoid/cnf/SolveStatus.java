package org.traceoid.cnf;

/**
 * The answer to a satisfiability question, carrying the SAT-competition exit code and the
 * word printed after {@code s}.
 */
public enum SolveStatus {
    SATISFIABLE(10),
    UNSATISFIABLE(20),
    UNKNOWN(0);

    private final int exitCode;

    SolveStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code the SAT competition uses for this answer (10, 20 or 0). */
    public int exitCode() {
        return exitCode;
    }

    /** The status line, for example {@code s SATISFIABLE}. */
    public String statusLine() {
        return "s " + name();
    }
}
