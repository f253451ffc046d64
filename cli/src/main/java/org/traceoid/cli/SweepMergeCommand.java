package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.traceoid.corpora.sweep.RunResult;
import org.traceoid.corpora.sweep.SlurmArray;
import org.traceoid.corpora.sweep.SweepLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code traceoid sweep merge DIR}: folds the SLURM tasks' result files into results.jsonl, then reports. */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Fold DIR/slurm/results-*.jsonl (one per array task) into DIR/results.jsonl and render the"
                + " report. Safe to repeat, also while the array still runs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:done, no wrong answer", " 1:usage error", " 2:no results in DIR; DIR in use by a live sweep",
            " 4:a wrong answer is flagged", "70:internal error"},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
public final class SweepMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep directory.")
    Path dir;

    @Mixin
    SweepReportOptions rendering;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("traceoid: " + dir + ": no such directory");
            return ExitCodes.INPUT_ERROR;
        }
        // merging rewrites results.jsonl: not while a sweep appends to it
        SweepLock lock = SweepCommand.lock(dir, err);
        if (lock == null) {
            return ExitCodes.INPUT_ERROR;
        }
        try (lock) {
            List<RunResult> runs = SlurmArray.merge(dir, w -> err.println("traceoid: warning: " + w));
            if (runs.isEmpty()) {
                err.println("traceoid: no results in " + dir + " yet");
                return ExitCodes.INPUT_ERROR;
            }
            spec.commandLine().getOut().println("c merged: " + runs.size() + " runs in " + dir.resolve("results.jsonl"));
            return SweepCommand.report(dir, runs, rendering.scatter, rendering.benchExec, spec.commandLine().getOut(),
                    err);
        }
    }
}
