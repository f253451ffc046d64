package org.traceoid.corpora.generators;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.generate.GraphGenerator;
import org.jgrapht.generate.RandomRegularGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * A seeded random simple graph from JGraphT's generators: Erdős–Rényi {@code G(n, p)}
 * ({@code gnp}, uses {@code p}), random {@code d}-regular ({@code regular}, uses {@code d}), or
 * Barabási–Albert preferential attachment ({@code ba}, {@code d} edges per new vertex from a
 * clique of {@code d + 1}). Vertices are {@code 0..n-1}; edge order is insertion order, so the
 * same seed gives the same graph and the same clause order.
 */
public record RandomGraphModel(Kind kind, int vertices, double p, int d) {
    public enum Kind { GNP, REGULAR, BA }

    public RandomGraphModel {
        if (vertices < 1) {
            throw new IllegalArgumentException("a graph needs at least one vertex: " + vertices);
        }
        if (kind == Kind.GNP && !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("G(n, p) needs 0 <= p <= 1: " + p);
        }
        if (kind == Kind.REGULAR && (d < 0 || d >= vertices || (long) d * vertices % 2 != 0)) {
            throw new IllegalArgumentException("a d-regular graph needs 0 <= d < n and n·d even: n=" + vertices + " d=" + d);
        }
        if (kind == Kind.BA && (d < 1 || d + 1 > vertices)) {
            throw new IllegalArgumentException("Barabási–Albert needs 1 <= d < n: n=" + vertices + " d=" + d);
        }
    }

    public static RandomGraphModel gnp(int n, double p) {
        return new RandomGraphModel(Kind.GNP, n, p, 0);
    }

    public static RandomGraphModel regular(int n, int d) {
        return new RandomGraphModel(Kind.REGULAR, n, 0, d);
    }

    public static RandomGraphModel barabasiAlbert(int n, int d) {
        return new RandomGraphModel(Kind.BA, n, 0, d);
    }

    /** The parameters as recorded: {@code graph}, {@code n}, and {@code p} or {@code d}. */
    Map<String, Object> parameters() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("graph", kind.name().toLowerCase(Locale.ROOT));
        map.put("n", vertices);
        if (kind == Kind.GNP) {
            map.put("p", p);
        } else {
            map.put("d", d);
        }
        return map;
    }

    public Graph<Integer, DefaultEdge> generate(long seed) {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        GraphGenerator<Integer, DefaultEdge, Integer> generator = switch (kind) {
            case GNP -> new GnpRandomGraphGenerator<>(vertices, p, seed);
            case REGULAR -> new RandomRegularGraphGenerator<>(vertices, d, seed);
            case BA -> new BarabasiAlbertGraphGenerator<>(d + 1, d, vertices, seed);
        };
        generator.generateGraph(graph);
        return graph;
    }
}
