package org.traceoid.corpora.generators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;

/**
 * Tseitin parity formulas (Tseitin 1968; Urquhart 1987 for their hardness): one variable per edge
 * of a seeded random graph, and for each vertex {@code v} the constraint "the XOR of its edges
 * equals its charge {@code χ(v)}", as the {@code 2^(deg v − 1)} clauses that forbid the wrong
 * parities. Summing all constraints counts every edge twice, so a connected component is
 * satisfiable iff its total charge is even. Charges are random; then one vertex per component
 * is adjusted so that every component is even (SAT side) or exactly the first component with an
 * edge is odd (UNSAT side). Isolated vertices get charge 0. Degrees above 16 are refused (the
 * clause count is exponential in the degree).
 */
public final class TseitinParity implements InstanceGenerator {
    static final int MAX_DEGREE = 16;

    private final RandomGraphModel graph;
    private final boolean satisfiable;

    public TseitinParity(RandomGraphModel graph, boolean satisfiable) {
        this.graph = graph;
        this.satisfiable = satisfiable;
    }

    @Override
    public String family() {
        return "tseitin";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>(graph.parameters());
        p.put("side", satisfiable ? "sat" : "unsat");
        return p;
    }

    @Override
    public SolveStatus generate(long seed, ClauseSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        Graph<Integer, DefaultEdge> g = graph.generate(random.nextLong());
        Map<DefaultEdge, Integer> variable = new LinkedHashMap<>();
        for (DefaultEdge e : g.edgeSet()) {
            variable.put(e, variable.size() + 1);
        }
        if (variable.isEmpty() && !satisfiable) {
            throw new IllegalArgumentException("a Tseitin formula on a graph without edges cannot be unsatisfiable");
        }
        Map<Integer, Boolean> charge = new LinkedHashMap<>();
        for (int v : g.vertexSet()) {
            charge.put(v, g.degreeOf(v) > 0 && random.nextBoolean());
        }
        boolean oddPlaced = false;
        for (java.util.Set<Integer> component : new ConnectivityInspector<>(g).connectedSets().stream()
                .sorted(java.util.Comparator.comparingInt(s -> s.stream().mapToInt(Integer::intValue).min().orElse(0)))
                .toList()) {
            int pivot = component.stream().filter(v -> g.degreeOf(v) > 0).mapToInt(Integer::intValue).min().orElse(-1);
            if (pivot < 0) {
                continue;
            }
            boolean odd = false;
            for (int v : component) {
                odd ^= charge.get(v);
            }
            boolean wantOdd = !satisfiable && !oddPlaced;
            if (odd != wantOdd) {
                charge.put(pivot, !charge.get(pivot));
            }
            oddPlaced |= wantOdd;
        }
        for (int v : g.vertexSet()) {
            int degree = g.degreeOf(v);
            if (degree > MAX_DEGREE) {
                throw new IllegalArgumentException("vertex " + v + " has degree " + degree + " > " + MAX_DEGREE
                        + ": too many parity clauses");
            }
            if (degree == 0) {
                continue;
            }
            List<Integer> edges = new ArrayList<>();
            for (DefaultEdge e : g.edgesOf(v)) {
                edges.add(variable.get(e));
            }
            edges.sort(null);
            int[] clause = new int[degree];
            // A clause forbids one assignment: the one that falsifies all its literals. Forbid
            // every assignment whose parity differs from the charge.
            for (int mask = 0; mask < (1 << degree); mask++) {
                if ((Integer.bitCount(mask) % 2 == 1) == charge.get(v)) {
                    continue; // mask (bit i = edge i true) has the right parity: allowed
                }
                for (int i = 0; i < degree; i++) {
                    clause[i] = ((mask >> i) & 1) == 1 ? -edges.get(i) : edges.get(i);
                }
                sink.addClause(clause);
            }
        }
        return satisfiable ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE;
    }
}
