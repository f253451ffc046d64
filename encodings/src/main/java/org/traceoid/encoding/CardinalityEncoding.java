package org.traceoid.encoding;

/**
 * A unary counter: for inputs {@code x_1..x_n} and a limit {@code m}, outputs
 * {@code o_1..o_min(n,m)} with {@code o_j <-> (at least j inputs true)}, fully defined, so
 * {@code atleast(k)} is {@code o_k}, {@code atmost(k)} is {@code !o_{k+1}}, and both may be
 * used under any polarity (an activation literal may switch them off).
 */
public interface CardinalityEncoding {
    int[] count(Gates gates, int[] inputs, int limit);

    /**
     * The number of clauses {@link #count} writes for {@code inputs} free inputs: a dry run
     * into a counting sink, so the comparison in {@link #choose} is exact rather than between
     * asymptotic bounds. Costs one encoding's time, no memory for clauses.
     */
    default long clauseCount(int inputs, int limit) {
        long[] clauses = {0};
        Gates gates = new Gates(literals -> clauses[0]++, inputs);
        int[] free = new int[inputs];
        for (int i = 0; i < inputs; i++) {
            free[i] = i + 1;
        }
        count(gates, free, limit);
        return clauses[0] - 1; // the constant's unit clause is not the encoding's
    }

    /**
     * The encoding that writes fewer clauses for this size, the sequential counter on a tie.
     * Measured: the reified sequential counter (two fully defined gates per cell) writes
     * about 4.5·n·m clauses, the totalizer about 2·(p+1)·(q+1) per tree node; they tie when
     * the counter is trivial (n &le; 2, or m = 1, where both are a chain of ORs) and the
     * totalizer is smaller above (n = 16, m = 5: 213 against 357; n = 100, m = 50: 8,644
     * against 22,200). Both stay, tested against each other, because the choice is by count.
     */
    static CardinalityEncoding choose(int inputs, int limit) {
        CardinalityEncoding sequential = new SequentialCounter();
        CardinalityEncoding totalizer = new Totalizer();
        return totalizer.clauseCount(inputs, limit) < sequential.clauseCount(inputs, limit) ? totalizer : sequential;
    }
}
