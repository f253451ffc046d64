package org.traceoid.gnn.algebra;

import java.util.Arrays;

/**
 * A path {@code a_k ⋯ a_1} of a {@link Quiver}: a start vertex and arrows in traversal order
 * ({@code a_1} first). The trivial path {@code e_v} has no arrows. Immutable, with value equality.
 */
public final class Path {
    private final int source;
    private final int target;
    private final int[] arrows;
    private final int[] vertices; // vertices[i] = vertex after i arrows

    private Path(int source, int[] arrows, int[] vertices) {
        this.source = source;
        this.arrows = arrows;
        this.vertices = vertices;
        this.target = vertices[vertices.length - 1];
    }

    public static Path trivial(int vertex) {
        return new Path(vertex, new int[0], new int[] {vertex});
    }

    Path extend(int arrow, int newTarget) {
        int[] a = Arrays.copyOf(arrows, arrows.length + 1);
        a[arrows.length] = arrow;
        int[] v = Arrays.copyOf(vertices, vertices.length + 1);
        v[vertices.length] = newTarget;
        return new Path(source, a, v);
    }

    public int source() {
        return source;
    }

    public int target() {
        return target;
    }

    public int length() {
        return arrows.length;
    }

    public boolean isTrivial() {
        return arrows.length == 0;
    }

    public int arrow(int i) {
        return arrows[i];
    }

    /** The first {@code i} arrows {@code a_i ⋯ a_1} (from the source). */
    public Path prefix(int i) {
        return new Path(source, Arrays.copyOf(arrows, i), Arrays.copyOf(vertices, i + 1));
    }

    /** The arrows after the first {@code i}: {@code a_k ⋯ a_{i+1}}. */
    public Path suffix(int i) {
        return new Path(vertices[i], Arrays.copyOfRange(arrows, i, arrows.length),
                Arrays.copyOfRange(vertices, i, vertices.length));
    }

    /** {@code q ∘ r}: first {@code r}, then {@code q}; requires {@code t(r) = s(q)}. */
    public static Path compose(Path q, Path r) {
        if (r.target != q.source) {
            throw new IllegalArgumentException("not composable: " + q + " ∘ " + r);
        }
        int[] a = new int[r.arrows.length + q.arrows.length];
        System.arraycopy(r.arrows, 0, a, 0, r.arrows.length);
        System.arraycopy(q.arrows, 0, a, r.arrows.length, q.arrows.length);
        int[] v = new int[a.length + 1];
        System.arraycopy(r.vertices, 0, v, 0, r.vertices.length);
        System.arraycopy(q.vertices, 1, v, r.vertices.length, q.vertices.length - 1);
        return new Path(r.source, a, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p && p.source == source && Arrays.equals(p.arrows, arrows);
    }

    @Override
    public int hashCode() {
        return 31 * source + Arrays.hashCode(arrows);
    }

    @Override
    public String toString() {
        return "Path[" + source + " " + Arrays.toString(arrows) + " -> " + target + "]";
    }
}
