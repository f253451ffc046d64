package org.traceoid.graphs;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleGraph;
import org.traceoid.cnf.Cnf;

/**
 * The literal–clause graph as an unmodifiable undirected JGraphT graph: vertices are the {@code 2n}
 * literals and {@code m} clauses, with an {@link Edge.Type#OCCURRENCE} edge per literal occurrence
 * and a {@link Edge.Type#FLIP} edge between each literal and its negation (NeuroSAT's graph, the
 * underlying graph of HOPF.md's quiver {@code Q_F}). Graph objects cost about 100 bytes per edge;
 * they are for analysis and export of formulas up to a few million occurrences, not for tensors.
 */
public final class LiteralClauseGraph {
    private final Graph<Node, Edge> graph;

    private LiteralClauseGraph(Graph<Node, Edge> graph) {
        this.graph = graph;
    }

    public static LiteralClauseGraph of(Cnf cnf) {
        Graph<Node, Edge> g = new SimpleGraph<>(null, null, false);
        int n = cnf.variableCount();
        for (int v = 1; v <= n; v++) {
            g.addVertex(Node.literal(v));
        }
        for (int v = 1; v <= n; v++) {
            g.addVertex(Node.literal(-v));
        }
        for (int v = 1; v <= n; v++) {
            g.addEdge(Node.literal(v), Node.literal(-v), new Edge(Edge.Type.FLIP));
        }
        for (int c = 0; c < cnf.clauseCount(); c++) {
            Node clause = Node.clause(c);
            g.addVertex(clause);
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                g.addEdge(Node.literal(cnf.literalAt(p)), clause, new Edge(Edge.Type.OCCURRENCE));
            }
        }
        return new LiteralClauseGraph(new AsUnmodifiableGraph<>(g));
    }

    /** The graph (unmodifiable). */
    public Graph<Node, Edge> graph() {
        return graph;
    }
}
