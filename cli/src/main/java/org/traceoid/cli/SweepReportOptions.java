package org.traceoid.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** How {@code sweep report} and {@code sweep merge} render a report: one definition for both. */
final class SweepReportOptions {
    @Option(names = "--scatter", paramLabel = "A,B", split = ",",
            description = "The two configurations of the scatter plot (default: the first two).")
    List<String> scatter;

    @Option(names = "--benchexec", description = "Also write BenchExec result XML, DIR/benchexec/CONFIG.xml.")
    boolean benchExec;
}
