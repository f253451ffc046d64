package org.traceoid.cli;

/**
 * Every exit code the command line uses, named once. Each command's {@code --help} lists the
 * ones it can return (picocli needs those lists as annotation literals). 10/20/0 are the SAT
 * competition's; the others do not collide with them.
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
}
