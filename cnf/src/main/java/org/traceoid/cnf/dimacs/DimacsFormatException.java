package org.traceoid.cnf.dimacs;

import java.io.IOException;

/**
 * A DIMACS input that does not follow the format. The message is one line,
 * {@code source:line:column: problem}, e.g.
 * {@code uf20-01.cnf:7:12: literal 31 exceeds the 20 variables declared in the header};
 * lines and columns count from 1, columns in bytes.
 */
public final class DimacsFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;
    private final String problem;

    public DimacsFormatException(String source, long line, long column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file name as given, or {@code <stdin>}. */
    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    /** The problem without its position. */
    public String problem() {
        return problem;
    }
}
