package org.traceoid.encoding;


/**
 * The totalizer (O. Bailleux and Y. Boufkhad, "Efficient CNF Encoding of Boolean Cardinality
 * Constraints", CP 2003), truncated at the limit m: a balanced tree whose node holds its
 * subtree's count in unary. A node with children counts L (length p) and R (length q) gets
 * {@code r_{a+b} <- L_a & R_b} (upward) and {@code !r_{a+b+1} <- !L_{a+1} & !R_{b+1}}
 * (downward) for a + b within m: O(p·q) clauses per node, O(n log n) variables for small m.
 */
public final class Totalizer implements CardinalityEncoding {
    @Override
    public int[] count(Gates gates, int[] inputs, int limit) {
        if (inputs.length == 0 || limit == 0) {
            return new int[0];
        }
        return node(gates, inputs, 0, inputs.length, limit);
    }

    private int[] node(Gates gates, int[] inputs, int from, int to, int limit) {
        if (to - from == 1) {
            return new int[] {inputs[from]};
        }
        int middle = (from + to) >>> 1;
        int[] left = node(gates, inputs, from, middle, limit);
        int[] right = node(gates, inputs, middle, to, limit);
        int p = left.length;
        int q = right.length;
        int m = Math.min(to - from, limit);
        int[] out = new int[m];
        for (int j = 0; j < m; j++) {
            out[j] = gates.newVariable();
        }
        // Upward: L_a & R_b -> r_{a+b}, with L_0 = R_0 = true (index a-1 holds L_a).
        for (int a = 0; a <= p; a++) {
            for (int b = 0; b <= q; b++) {
                int j = a + b;
                if (j == 0 || j > m) {
                    continue;
                }
                gates.clause(a == 0 ? gates.constant(false) : -left[a - 1],
                        b == 0 ? gates.constant(false) : -right[b - 1], out[j - 1]);
            }
        }
        // Downward: !L_{a+1} & !R_{b+1} -> !r_{a+b+1}; L_{p+1} is false when p is the true size
        // (p < m), and a + 1 <= p whenever p was truncated to m, since a + b + 1 <= m.
        for (int a = 0; a <= p; a++) {
            for (int b = 0; b <= q; b++) {
                int j = a + b + 1;
                if (j > m) {
                    continue;
                }
                gates.clause(a < p ? left[a] : gates.constant(false), b < q ? right[b] : gates.constant(false),
                        -out[j - 1]);
            }
        }
        return out;
    }


    @Override
    public String toString() {
        return "totalizer";
    }
}
