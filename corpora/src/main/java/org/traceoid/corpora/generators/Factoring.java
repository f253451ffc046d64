package org.traceoid.corpora.generators;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;

/**
 * Factoring through an array multiplier: {@code a · b = N} with {@code a, b} of {@code bits} bits
 * each, both at least 2, and the product's {@code 2·bits} output bits fixed to {@code N}. The
 * satisfiable side takes {@code N = a₀·b₀} for random {@code a₀, b₀ ∈ [2, 2^bits)}; the
 * unsatisfiable side takes a random prime {@code N ∈ [2^(2·bits−1), 2^(2·bits))}, which has no such
 * factorisation. Size {@code O(bits²)} gates.
 */
public final class Factoring implements InstanceGenerator {
    private final int bits;
    private final boolean satisfiable;

    public Factoring(int bits, boolean satisfiable) {
        if (bits < 2 || bits > 15) {
            throw new IllegalArgumentException("factoring needs 2 <= bits <= 15: " + bits);
        }
        this.bits = bits;
        this.satisfiable = satisfiable;
    }

    @Override
    public String family() {
        return "factoring";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("bits", bits);
        p.put("side", satisfiable ? "sat" : "unsat");
        return p;
    }

    /** The number to factor for {@code seed}. */
    public long target(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        if (satisfiable) {
            long a = 2 + random.nextLong((1L << bits) - 2);
            long b = 2 + random.nextLong((1L << bits) - 2);
            return a * b;
        }
        long low = 1L << (2 * bits - 1);
        while (true) {
            long start = low + random.nextLong(low / 2);
            long prime = BigInteger.valueOf(start).nextProbablePrime().longValueExact();
            if (prime < 2 * low && isPrime(prime)) {
                return prime;
            }
        }
    }

    /** Trial division: exact (N < 2^30 here), so the UNSAT side never rests on a probable prime. */
    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SolveStatus generate(long seed, ClauseSink sink) {
        long n = target(seed);
        Circuit circuit = new Circuit(sink);
        int[] a = circuit.fresh(bits);
        int[] b = circuit.fresh(bits);
        int width = 2 * bits;
        int zero = circuit.constantFalse();
        int[] accumulator = null;
        for (int i = 0; i < bits; i++) {
            int[] row = new int[width];
            java.util.Arrays.fill(row, zero);
            for (int j = 0; j < bits; j++) {
                row[i + j] = circuit.and(a[j], b[i]);
            }
            accumulator = accumulator == null ? row : circuit.add(accumulator, row);
        }
        circuit.assertEquals(accumulator, n);
        // a >= 2 and b >= 2: some bit above bit 0 is set.
        circuit.clause(java.util.Arrays.copyOfRange(a, 1, bits));
        circuit.clause(java.util.Arrays.copyOfRange(b, 1, bits));
        return satisfiable ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE;
    }
}
