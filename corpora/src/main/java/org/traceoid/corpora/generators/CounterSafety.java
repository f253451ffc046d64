package org.traceoid.corpora.generators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;

/**
 * Bounded model checking (Biere et al. 1999) of a {@code width}-bit counter that starts at 0 and
 * adds a free input bit {@code e_t} each step; the safety property is "the counter never equals
 * {@code T}". The formula unrolls {@code bound} steps and asks for a violation at some step
 * {@code 0..bound}: SAT iff {@code T <= bound} (reaching {@code T} takes exactly {@code T}
 * increments, and wrapping around only takes longer). {@code T} is drawn from the seed in
 * {@code [1, min(2^width − 1, 2·bound)]}, so about half the instances are SAT.
 */
public final class CounterSafety implements InstanceGenerator {
    private final int width;
    private final int bound;

    public CounterSafety(int width, int bound) {
        if (width < 1 || width > 30 || bound < 1) {
            throw new IllegalArgumentException("need 1 <= width <= 30 and bound >= 1: " + width + ", " + bound);
        }
        this.width = width;
        this.bound = bound;
    }

    @Override
    public String family() {
        return "bmc";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("width", width);
        p.put("bound", bound);
        return p;
    }

    /** The unsafe value {@code T} for {@code seed}. */
    public long target(long seed) {
        long max = Math.min((1L << width) - 1, 2L * bound);
        return 1 + new SplittableRandom(seed).nextLong(max);
    }

    @Override
    public SolveStatus generate(long seed, ClauseSink sink) {
        long target = target(seed);
        Circuit circuit = new Circuit(sink);
        int[] state = circuit.fresh(width);
        circuit.assertEquals(state, 0);
        int[] bad = new int[bound + 1];
        bad[0] = circuit.equalsConstant(state, target);
        for (int t = 1; t <= bound; t++) {
            int carry = circuit.fresh(); // the input e_t
            int[] next = new int[width];
            for (int i = 0; i < width; i++) {
                next[i] = circuit.xor(state[i], carry);
                carry = i + 1 < width ? circuit.and(state[i], carry) : 0;
            }
            state = next;
            bad[t] = circuit.equalsConstant(state, target);
        }
        circuit.clause(bad);
        return target <= bound ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE;
    }
}
