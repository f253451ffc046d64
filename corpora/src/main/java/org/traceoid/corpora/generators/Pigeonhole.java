package org.traceoid.corpora.generators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;

/**
 * The pigeonhole principle PHP(p, h): variable {@code x(i,j)} says pigeon {@code i} sits in hole
 * {@code j}; every pigeon sits somewhere, no hole holds two. UNSAT iff {@code p > h} (and hard for
 * resolution: Haken 1985). The formula is fixed by its parameters; the seed is recorded but unused
 * (the GNN is invariant under renaming, so shuffling would teach it nothing).
 */
public final class Pigeonhole implements InstanceGenerator {
    private final int pigeons;
    private final int holes;

    public Pigeonhole(int pigeons, int holes) {
        if (pigeons < 1 || holes < 1) {
            throw new IllegalArgumentException("pigeons and holes must be positive: " + pigeons + ", " + holes);
        }
        this.pigeons = pigeons;
        this.holes = holes;
    }

    @Override
    public String family() {
        return "php";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("pigeons", pigeons);
        p.put("holes", holes);
        return p;
    }

    private int x(int pigeon, int hole) {
        return pigeon * holes + hole + 1;
    }

    @Override
    public SolveStatus generate(long seed, ClauseSink sink) {
        int[] some = new int[holes];
        for (int i = 0; i < pigeons; i++) {
            for (int j = 0; j < holes; j++) {
                some[j] = x(i, j);
            }
            sink.addClause(some);
        }
        for (int j = 0; j < holes; j++) {
            for (int a = 0; a < pigeons; a++) {
                for (int b = a + 1; b < pigeons; b++) {
                    sink.addClause(-x(a, j), -x(b, j));
                }
            }
        }
        return pigeons > holes ? SolveStatus.UNSATISFIABLE : SolveStatus.SATISFIABLE;
    }
}
