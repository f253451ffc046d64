package org.traceoid.graphs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.cnf.testing.TestData;
import org.traceoid.cnf.dimacs.DimacsReader;

class GraphsTest {
    private static final Cnf SMALL = Cnf.of(4, new int[] {1, -2}, new int[] {2, 3, -1}, new int[] {1, -1});

    @Test
    void literalClauseGraphHasOccurrenceAndFlipEdges() {
        Graph<Node, Edge> g = LiteralClauseGraph.of(SMALL).graph();
        assertEquals(8 + 3, g.vertexSet().size());
        assertEquals(7 + 4, g.edgeSet().size());
        assertEquals(4, g.edgeSet().stream().filter(e -> e.type() == Edge.Type.FLIP).count());
        assertTrue(g.containsEdge(Node.literal(-2), Node.clause(0)));
        assertTrue(g.containsEdge(Node.literal(3), Node.literal(-3)));
        assertThrows(UnsupportedOperationException.class, () -> g.addVertex(Node.clause(9)));
    }

    @Test
    void variableClauseGraphIsAMultigraphForTautologies() {
        Graph<Node, Edge> g = VariableClauseGraph.of(SMALL).graph();
        assertEquals(4 + 3, g.vertexSet().size());
        assertEquals(7, g.edgeSet().size());
        assertEquals(2, g.getAllEdges(Node.variable(1), Node.clause(2)).size());
        assertThrows(UnsupportedOperationException.class, () -> g.removeVertex(Node.variable(1)));
    }

    @Test
    void statisticsOfASmallFormula() {
        GraphStatistics stats = GraphStatistics.of(SMALL, 7);
        assertEquals(4, stats.variables());
        assertEquals(3, stats.clauses());
        assertEquals(7, stats.occurrences());
        assertEquals(2, stats.minClauseLength());
        assertEquals(3, stats.maxClauseLength());
        assertEquals(1, stats.unusedVariables());   // variable 4
        assertEquals(1, stats.pureVariables());     // variable 3
        assertEquals(1, stats.components());
        assertEquals(6, stats.largestComponent());  // variables 1,2,3 and three clauses
        assertEquals(4, stats.maxVariableDegree()); // variable 1: 1, -1, and both in the tautology
        assertTrue(stats.toText().contains("clause lengths: 2: 2, 3: 1"), stats.toText());
        assertEquals(stats, GraphStatistics.of(SMALL, 7));
    }

    @Test
    void twoDisjointHalvesAreTwoComponentsWithHighModularity() {
        Cnf a = RandomCnf.uniform(3, 20, 80, 1);
        int[][] clauses = new int[160][];
        for (int c = 0; c < 80; c++) {
            clauses[c] = a.clause(c);
            clauses[80 + c] = a.clause(c).clone();
            for (int i = 0; i < clauses[80 + c].length; i++) {
                int l = clauses[80 + c][i];
                clauses[80 + c][i] = l > 0 ? l + 20 : l - 20;
            }
        }
        GraphStatistics stats = GraphStatistics.of(Cnf.of(40, clauses), 3);
        assertEquals(2, stats.components());
        assertTrue(stats.communities() >= 2);
        assertTrue(stats.modularity() > 0.3, "modularity " + stats.modularity());
    }

    @Test
    void exportsCarryKindsAndTypes() throws IOException {
        Graph<Node, Edge> g = LiteralClauseGraph.of(SMALL).graph();
        StringWriter dot = new StringWriter();
        GraphExport.write(g, GraphExport.Format.DOT, dot);
        assertTrue(dot.toString().startsWith("strict graph G {") || dot.toString().startsWith("graph G {"), dot.toString());
        assertTrue(dot.toString().contains("kind=\"clause\""));
        assertTrue(dot.toString().contains("type=\"flip\""));

        StringWriter graphml = new StringWriter();
        GraphExport.write(g, GraphExport.Format.GRAPHML, graphml);
        assertTrue(graphml.toString().contains("<graphml"));
        assertTrue(graphml.toString().contains("<node id=\"l-2\">"), graphml.toString());

        StringWriter json = new StringWriter();
        GraphExport.write(g, GraphExport.Format.JSON, json);
        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertEquals(11, root.get("nodes").size());
        assertEquals(11, root.get("edges").size());
        assertEquals("literal", root.get("nodes").get(0).get("kind").asText());
    }

    @Test
    void publicInstancesGiveConsistentStatistics() throws IOException {
        for (TestData.Instance instance : TestData.publicInstances().stream().limit(12).toList()) {
            Cnf cnf = DimacsReader.strict().read(instance.file());
            GraphStatistics stats = GraphStatistics.of(cnf, 1);
            assertEquals(instance.variables(), stats.variables(), instance.toString());
            assertEquals(instance.clauses(), stats.clauses(), instance.toString());
            assertTrue(stats.modularity() >= -0.5 && stats.modularity() <= 1, instance.toString());
        }
    }
}
