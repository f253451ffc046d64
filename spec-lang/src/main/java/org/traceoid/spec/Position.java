package org.traceoid.spec;

/** A place in a spec file: 1-based line and 1-based column, as editors count them. */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
