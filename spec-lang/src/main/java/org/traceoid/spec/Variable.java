package org.traceoid.spec;

/**
 * A declared name: {@code bool a} (range unused) or {@code int x in low..high}.
 *
 * @param position where the name itself stands in its declaration
 */
public record Variable(String name, Type type, long low, long high, Position position) {
    public Variable {
        if (type == Type.INT && low > high) {
            throw new IllegalArgumentException("empty range " + low + ".." + high);
        }
    }

    public static Variable bool(String name, Position position) {
        return new Variable(name, Type.BOOL, 0, 1, position);
    }

    public static Variable integer(String name, long low, long high, Position position) {
        return new Variable(name, Type.INT, low, high, position);
    }
}
