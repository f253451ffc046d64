package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jgrapht.Graph;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.graphs.Edge;
import org.traceoid.graphs.GraphExport;
import org.traceoid.graphs.GraphStatistics;
import org.traceoid.graphs.LiteralClauseGraph;
import org.traceoid.graphs.Node;
import org.traceoid.graphs.VariableClauseGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traceoid graph FILE}: a formula's literal–clause or variable–clause graph, as readable
 * statistics (default) or exported as DOT, GraphML or JSON for other tools.
 */
@Command(name = "graph",
        mixinStandardHelpOptions = true,
        description = "Show graph statistics of a formula, or export its literal-clause or variable-clause graph.",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:statistics or graph printed", "1:usage error (bad option or argument)",
            "2:input error (unreadable or malformed file)"})
public final class GraphCommand implements Callable<Integer> {

    /** Output formats (lower case, as typed). */
    enum Format { stats, dot, graphml, json }

    /** Which graph to export. */
    enum Kind { literal, variable }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DIMACS CNF file (plain or compressed).")
    Path file;

    @Option(names = "--format", defaultValue = "stats",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--kind", defaultValue = "literal",
            description = "Graph to export: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); statistics cover both.")
    Kind kind;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the community detection (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Cnf cnf;
        try {
            cnf = DimacsReader.strict().read(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println("traceoid: " + InputErrors.describe(file, e));
            return ExitCodes.INPUT_ERROR;
        }
        if (format == Format.stats) {
            out.print(GraphStatistics.of(cnf, seed).toText());
            out.flush();
            return ExitCodes.OK;
        }
        Graph<Node, Edge> graph = kind == Kind.literal ? LiteralClauseGraph.of(cnf).graph() : VariableClauseGraph.of(cnf).graph();
        try {
            GraphExport.write(graph, GraphExport.Format.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)), out);
        } catch (IOException e) {
            spec.commandLine().getErr().println("traceoid: graph: cannot write: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        out.println();
        out.flush();
        return ExitCodes.OK;
    }
}
