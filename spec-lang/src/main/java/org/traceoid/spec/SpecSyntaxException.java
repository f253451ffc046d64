package org.traceoid.spec;

import java.util.Objects;

/**
 * A malformed spec: a syntax error or a violated static rule (undeclared or duplicate name,
 * type mismatch, constant out of range, integer overflow). The message is one line,
 * {@code file:line:column: problem, expected ...}; only the first error of a file is reported.
 */
public final class SpecSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final Position position;
    private final String problem;

    public SpecSyntaxException(String file, Position position, String problem) {
        super(file + ":" + position.line() + ":" + position.column() + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.position = position;
        this.problem = problem;
    }

    /** The file name as given to the parser. */
    public String file() {
        return file;
    }

    public Position position() {
        return position;
    }

    /** The message without the {@code file:line:column: } prefix. */
    public String problem() {
        return problem;
    }
}
