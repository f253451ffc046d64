package org.traceoid.graphs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.traceoid.cnf.Cnf;

/**
 * Structural statistics of a formula: sizes, clause lengths, literal and variable degrees,
 * connected components of the variable–clause graph, and community structure.
 *
 * <p>Communities come from JGraphT's label propagation (Raghavan, Albert, Kumara 2007; JGraphT
 * 1.5.2 has no Louvain) on the variable–clause graph, seeded, and are scored by JGraphT's
 * Newman–Girvan modularity; industrial instances typically score above 0.7, uniform random
 * 3-SAT well below (Ansótegui, Giráldez-Cru, Levy, "The community structure of SAT formulas",
 * SAT 2012). Components and degrees cost {@code O(n + m + E)}; label propagation is near-linear
 * per round.
 *
 * @param variables declared variables {@code n}
 * @param clauses clauses {@code m}
 * @param occurrences literal occurrences {@code E}
 * @param minClauseLength shortest clause (0 for no clauses)
 * @param maxClauseLength longest clause
 * @param meanClauseLength mean clause length
 * @param clauseLengthHistogram {@code histogram[k]} = clauses of length {@code k}
 * @param maxLiteralDegree most occurrences of one literal
 * @param meanLiteralDegree mean occurrences per literal ({@code E / 2n})
 * @param maxVariableDegree most occurrences of one variable
 * @param unusedVariables variables that occur in no clause
 * @param pureVariables variables that occur, but only with one polarity
 * @param components connected components of the variable–clause graph over the used variables and all clauses
 * @param largestComponent nodes in the largest component
 * @param communities communities found by label propagation
 * @param modularity modularity of that partition
 * @param seed the seed of label propagation
 */
public record GraphStatistics(int variables, int clauses, long occurrences,
        int minClauseLength, int maxClauseLength, double meanClauseLength, int[] clauseLengthHistogram,
        int maxLiteralDegree, double meanLiteralDegree, int maxVariableDegree,
        int unusedVariables, int pureVariables,
        int components, int largestComponent, int communities, double modularity, long seed) {

    /** Statistics of a formula; {@code seed} drives label propagation. */
    public static GraphStatistics of(Cnf cnf, long seed) {
        IncidenceIndex index = IncidenceIndex.of(cnf);
        int n = index.variableCount();
        int m = index.clauseCount();
        int minLength = m == 0 ? 0 : Integer.MAX_VALUE;
        int maxLength = 0;
        for (int c = 0; c < m; c++) {
            minLength = Math.min(minLength, index.clauseLength(c));
            maxLength = Math.max(maxLength, index.clauseLength(c));
        }
        int[] histogram = new int[maxLength + 1];
        for (int c = 0; c < m; c++) {
            histogram[index.clauseLength(c)]++;
        }
        int maxLiteralDegree = 0;
        int maxVariableDegree = 0;
        int unused = 0;
        int pure = 0;
        for (int row = 0; row < index.literalNodeCount(); row++) {
            maxLiteralDegree = Math.max(maxLiteralDegree, index.literalDegree(row));
        }
        for (int row = 0; row < n; row++) {
            int positive = index.literalDegree(row);
            int negative = index.literalDegree(row + n);
            maxVariableDegree = Math.max(maxVariableDegree, positive + negative);
            if (positive + negative == 0) {
                unused++;
            } else if (positive == 0 || negative == 0) {
                pure++;
            }
        }

        Graph<Node, Edge> graph = VariableClauseGraph.of(cnf).graph();
        List<Set<Node>> sets = new ConnectivityInspector<>(graph).connectedSets();
        int components = 0;
        int largest = 0;
        for (Set<Node> set : sets) {
            boolean isolatedVariable = set.size() == 1 && set.iterator().next().kind() == Node.Kind.VARIABLE;
            if (!isolatedVariable) {
                components++;
                largest = Math.max(largest, set.size());
            }
        }
        int communities = 0;
        double modularity = 0;
        if (graph.edgeSet().size() > 0) {
            List<Set<Node>> clusters = new ArrayList<>();
            new LabelPropagationClustering<>(graph, new Random(seed)).getClustering().forEach(clusters::add);
            communities = clusters.size();
            modularity = new UndirectedModularityMeasurer<>(graph).modularity(clusters);
        }
        return new GraphStatistics(n, m, index.occurrenceCount(), minLength, maxLength,
                m == 0 ? 0 : (double) index.occurrenceCount() / m, histogram,
                maxLiteralDegree, n == 0 ? 0 : index.occurrenceCount() / (2.0 * n), maxVariableDegree,
                unused, pure, components, largest, communities, modularity, seed);
    }

    @Override
    public int[] clauseLengthHistogram() {
        return clauseLengthHistogram.clone();
    }

    /** The statistics as readable text, one {@code name: value} per line. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        line(text, "variables", Integer.toString(variables));
        line(text, "clauses", Integer.toString(clauses));
        line(text, "literal occurrences", Long.toString(occurrences));
        line(text, "clause length", String.format(Locale.ROOT, "min %d, max %d, mean %.3f",
                minClauseLength, maxClauseLength, meanClauseLength));
        StringBuilder histogram = new StringBuilder();
        for (int k = 0; k < clauseLengthHistogram.length; k++) {
            if (clauseLengthHistogram[k] > 0) {
                histogram.append(histogram.length() == 0 ? "" : ", ").append(k).append(": ").append(clauseLengthHistogram[k]);
            }
        }
        line(text, "clause lengths", histogram.length() == 0 ? "-" : histogram.toString());
        line(text, "literal degree", String.format(Locale.ROOT, "max %d, mean %.3f", maxLiteralDegree, meanLiteralDegree));
        line(text, "variable degree", "max " + maxVariableDegree);
        line(text, "unused variables", Integer.toString(unusedVariables));
        line(text, "pure variables", Integer.toString(pureVariables));
        line(text, "components", components + " (largest " + largestComponent + " nodes)");
        line(text, "communities", String.format(Locale.ROOT, "%d, modularity %.4f (label propagation, seed %d)",
                communities, modularity, seed));
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append(": ").append(value).append('\n');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GraphStatistics that && toText().equals(that.toText());
    }

    @Override
    public int hashCode() {
        return toText().hashCode();
    }
}
