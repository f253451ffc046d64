package org.traceoid.cli;

/**
 * Every exit code the command line uses, listed once; {@code --help} prints them from here.
 * 10/20/0 are the SAT competition's; the others do not collide with them.
 */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static final int SATISFIABLE = 10;
    public static final int UNSATISFIABLE = 20;
    public static final int UNKNOWN = 0;
    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int INPUT_ERROR = 2;
    public static final int CERTIFICATION_FAILED = 3;
    public static final int INTERNAL_ERROR = 70;

    /** The exit code list of {@code solve --help}. */
    static final String[] SOLVE = {
        "10:satisfiable (model checked against every clause, unless --no-certify)",
        "20:unsatisfiable (DRAT proof verified in-process, unless --no-certify)",
        " 0:unknown (time limit or interrupted)",
        " 1:usage error (bad option or argument)",
        " 2:input error (unreadable or malformed file; proof file not writable)",
        " 3:certification failed: the answer did not check; no 's' line, the proof is kept",
        "70:internal error",
    };
}
