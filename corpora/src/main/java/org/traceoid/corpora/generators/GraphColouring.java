package org.traceoid.corpora.generators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;

/**
 * Proper {@code k}-colouring of a seeded random graph: {@code x(v,c)} says vertex {@code v} has
 * colour {@code c}; each vertex has at least one and at most one colour, adjacent vertices never
 * share one. {@code n·k} variables, {@code n + n·C(k,2) + |E|·k} clauses. The status is not known
 * by construction (it asks whether the chromatic number is at most {@code k}).
 */
public final class GraphColouring implements InstanceGenerator {
    private final RandomGraphModel graph;
    private final int colours;

    public GraphColouring(RandomGraphModel graph, int colours) {
        if (colours < 1) {
            throw new IllegalArgumentException("need at least one colour: " + colours);
        }
        this.graph = graph;
        this.colours = colours;
    }

    @Override
    public String family() {
        return "colouring";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>(graph.parameters());
        p.put("k", colours);
        return p;
    }

    private int x(int vertex, int colour) {
        return vertex * colours + colour + 1;
    }

    @Override
    public SolveStatus generate(long seed, ClauseSink sink) {
        Graph<Integer, DefaultEdge> g = graph.generate(seed);
        int[] some = new int[colours];
        for (int v : g.vertexSet()) {
            for (int c = 0; c < colours; c++) {
                some[c] = x(v, c);
            }
            sink.addClause(some);
            for (int c = 0; c < colours; c++) {
                for (int e = c + 1; e < colours; e++) {
                    sink.addClause(-x(v, c), -x(v, e));
                }
            }
        }
        for (DefaultEdge edge : g.edgeSet()) {
            int u = g.getEdgeSource(edge);
            int v = g.getEdgeTarget(edge);
            for (int c = 0; c < colours; c++) {
                sink.addClause(-x(u, c), -x(v, c));
            }
        }
        return SolveStatus.UNKNOWN;
    }
}
