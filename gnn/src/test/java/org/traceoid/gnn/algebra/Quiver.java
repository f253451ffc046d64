package org.traceoid.gnn.algebra;

import java.util.ArrayList;
import java.util.List;
import org.traceoid.graphs.IncidenceIndex;

/**
 * The typed quiver {@code Q_F} of HOPF.md §1, explicitly: vertices {@code 0..2n-1} are literals (in
 * {@link IncidenceIndex} row order), {@code 2n..2n+m-1} clauses; arrows {@code lc}, {@code cl} per
 * occurrence and {@code fl} per literal. Only for tests: it is the definition the fast code is
 * checked against.
 */
public final class Quiver {
    /** Vertex kinds. */
    public enum Kind { LITERAL, CLAUSE }

    /** Arrow types. */
    public enum Type { LC, CL, FL }

    private final int literalCount;
    private final int vertexCount;
    private final List<int[]> arrows = new ArrayList<>(); // {source, target, type ordinal}
    private final List<List<Integer>> outgoing = new ArrayList<>();

    private Quiver(IncidenceIndex index) {
        literalCount = index.literalNodeCount();
        vertexCount = index.nodeCount();
        for (int v = 0; v < vertexCount; v++) {
            outgoing.add(new ArrayList<>());
        }
        for (int e = 0; e < index.occurrenceCount(); e++) {
            int literal = index.literalOf(e);
            int clause = literalCount + index.clauseOf(e);
            add(literal, clause, Type.LC);
            add(clause, literal, Type.CL);
        }
        for (int l = 0; l < literalCount; l++) {
            add(l, index.flip(l), Type.FL);
        }
    }

    public static Quiver of(IncidenceIndex index) {
        return new Quiver(index);
    }

    private void add(int source, int target, Type type) {
        outgoing.get(source).add(arrows.size());
        arrows.add(new int[] {source, target, type.ordinal()});
    }

    public int vertexCount() {
        return vertexCount;
    }

    public int literalCount() {
        return literalCount;
    }

    public Kind kind(int vertex) {
        return vertex < literalCount ? Kind.LITERAL : Kind.CLAUSE;
    }

    public int source(int arrow) {
        return arrows.get(arrow)[0];
    }

    public int target(int arrow) {
        return arrows.get(arrow)[1];
    }

    public Type type(int arrow) {
        return Type.values()[arrows.get(arrow)[2]];
    }

    public int arrowCount() {
        return arrows.size();
    }

    /** Every path of length at most {@code maxLength}, trivial paths included. */
    public List<Path> paths(int maxLength) {
        List<Path> all = new ArrayList<>();
        List<Path> frontier = new ArrayList<>();
        for (int v = 0; v < vertexCount; v++) {
            frontier.add(Path.trivial(v));
        }
        all.addAll(frontier);
        for (int length = 1; length <= maxLength; length++) {
            List<Path> next = new ArrayList<>();
            for (Path p : frontier) {
                for (int arrow : outgoing.get(p.target())) {
                    next.add(p.extend(arrow, target(arrow)));
                }
            }
            all.addAll(next);
            frontier = next;
        }
        return all;
    }
}
