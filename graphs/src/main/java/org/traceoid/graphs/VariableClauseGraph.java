package org.traceoid.graphs;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.Multigraph;
import org.traceoid.cnf.Cnf;

/**
 * The variable–clause (factor) graph as an unmodifiable undirected JGraphT multigraph: vertices
 * are the {@code n} variables and {@code m} clauses, one edge per literal occurrence, typed
 * {@link Edge.Type#POSITIVE} or {@link Edge.Type#NEGATIVE}. A tautological clause joins its
 * variable twice, hence a multigraph. Variables that occur nowhere are isolated vertices.
 */
public final class VariableClauseGraph {
    private final Graph<Node, Edge> graph;

    private VariableClauseGraph(Graph<Node, Edge> graph) {
        this.graph = graph;
    }

    public static VariableClauseGraph of(Cnf cnf) {
        Graph<Node, Edge> g = new Multigraph<>(null, null, false);
        for (int v = 1; v <= cnf.variableCount(); v++) {
            g.addVertex(Node.variable(v));
        }
        for (int c = 0; c < cnf.clauseCount(); c++) {
            Node clause = Node.clause(c);
            g.addVertex(clause);
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                int literal = cnf.literalAt(p);
                g.addEdge(Node.variable(Math.abs(literal)), clause,
                        new Edge(literal > 0 ? Edge.Type.POSITIVE : Edge.Type.NEGATIVE));
            }
        }
        return new VariableClauseGraph(new AsUnmodifiableGraph<>(g));
    }

    /** The graph (unmodifiable). */
    public Graph<Node, Edge> graph() {
        return graph;
    }
}
