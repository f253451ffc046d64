package org.traceoid.spec;

/**
 * {@code assert name: expr;} or {@code assert expr;}. An unnamed assertion is named after its
 * line, {@code "line 5"}, which is what cores print.
 *
 * @param explicitName whether the user wrote the name
 * @param position     where the {@code assert} keyword stands
 */
public record Assertion(String name, boolean explicitName, Expr expr, Position position) {
    /** The name an unnamed assertion on {@code line} gets. */
    public static String lineName(int line) {
        return "line " + line;
    }

    /** {@code name (line N)}, or just {@code line N} for an unnamed assertion: how cores print it. */
    public String label() {
        return explicitName ? name + " (line " + position.line() + ")" : name;
    }
}
