package org.traceoid.graphs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a formula graph as DOT or GraphML (jgrapht-io) or JSON (Jackson). Vertex ids are
 * {@link Node#label()}s; every vertex carries its {@code kind}, every edge its {@code type}.
 * The JSON form is {@code {"nodes":[{"id","kind"}], "edges":[{"source","target","type"}]}},
 * streamed, so memory stays at the graph itself.
 */
public final class GraphExport {
    private GraphExport() {
    }

    /** The formats {@code traceoid graph} offers besides its text statistics. */
    public enum Format { DOT, GRAPHML, JSON }

    public static void write(Graph<Node, Edge> graph, Format format, Writer out) throws IOException {
        switch (format) {
            case DOT -> writeDot(graph, out);
            case GRAPHML -> writeGraphMl(graph, out);
            case JSON -> writeJson(graph, out);
        }
    }

    public static void writeDot(Graph<Node, Edge> graph, Writer out) {
        // DOT identifiers may not contain '-', so ids are quoted strings.
        DOTExporter<Node, Edge> exporter = new DOTExporter<>(node -> '"' + node.label() + '"');
        exporter.setVertexAttributeProvider(GraphExport::vertexAttributes);
        exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        exporter.exportGraph(graph, out);
    }

    public static void writeGraphMl(Graph<Node, Edge> graph, Writer out) {
        GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(Node::label);
        exporter.registerAttribute("kind", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("type", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(GraphExport::vertexAttributes);
        exporter.setEdgeAttributeProvider(GraphExport::edgeAttributes);
        exporter.exportGraph(graph, out);
    }

    public static void writeJson(Graph<Node, Edge> graph, Writer out) throws IOException {
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeArrayFieldStart("nodes");
            for (Node node : graph.vertexSet()) {
                json.writeStartObject();
                json.writeStringField("id", node.label());
                json.writeStringField("kind", lower(node.kind()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            for (Edge edge : graph.edgeSet()) {
                json.writeStartObject();
                json.writeStringField("source", graph.getEdgeSource(edge).label());
                json.writeStringField("target", graph.getEdgeTarget(edge).label());
                json.writeStringField("type", lower(edge.type()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    private static Map<String, Attribute> vertexAttributes(Node node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("kind", DefaultAttribute.createAttribute(lower(node.kind())));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(Edge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("type", DefaultAttribute.createAttribute(lower(edge.type())));
        return attributes;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
