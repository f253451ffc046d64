package org.traceoid.spec.encoding;

/**
 * A unary counter: for inputs {@code x_1..x_n} and a limit {@code m}, outputs
 * {@code o_1..o_min(n,m)} with {@code o_j <-> (at least j inputs true)}, fully defined, so
 * {@code atleast(k)} is {@code o_k}, {@code atmost(k)} is {@code !o_{k+1}}, and both may be
 * used under any polarity (an activation literal may switch them off).
 */
public interface CardinalityEncoding {
    int[] count(Gates gates, int[] inputs, int limit);

    /** The number of clauses {@link #count} writes at most, for choosing between encodings. */
    long estimatedClauses(int inputs, int limit);

    /**
     * The encoding with fewer estimated clauses, the sequential counter on a tie. The
     * sequential counter is O(n·m) clauses; the totalizer O(m²) per tree node, which wins when
     * m is small against n only by a constant, and loses when m nears n (then it is O(n²) at
     * the root): in practice the sequential counter for at-most-one style bounds on few inputs
     * and the totalizer for small bounds over many inputs.
     */
    static CardinalityEncoding choose(int inputs, int limit) {
        CardinalityEncoding sequential = new SequentialCounter();
        CardinalityEncoding totalizer = new Totalizer();
        return totalizer.estimatedClauses(inputs, limit) < sequential.estimatedClauses(inputs, limit)
                ? totalizer : sequential;
    }
}
