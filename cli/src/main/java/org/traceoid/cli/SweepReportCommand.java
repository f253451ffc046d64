package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.traceoid.corpora.sweep.ResultsLog;
import org.traceoid.corpora.sweep.RunResult;
import org.traceoid.corpora.sweep.SlurmArray;
import org.traceoid.corpora.sweep.SweepLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code traceoid sweep report DIR}: re-renders the report from {@code DIR/results.jsonl} alone. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Re-render results.csv, summary.json, the plots and index.html from DIR/results.jsonl"
                + " (after folding in a SLURM sweep's DIR/slurm/results-*.jsonl, as merge does).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {" 0:done, no wrong answer", " 1:usage error",
            " 2:no results in DIR; DIR has SLURM task results to fold in but is in use by a live sweep",
            " 4:a wrong answer is flagged", "70:internal error"},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
public final class SweepReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep directory.")
    Path dir;

    @Mixin
    SweepReportOptions rendering;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (rendering.scatter != null && rendering.scatter.size() != 2) {
            err.println("traceoid: --scatter takes two configuration names, A,B");
            return ExitCodes.USAGE;
        }
        Path results = dir.resolve("results.jsonl");
        boolean slurm = Files.isDirectory(dir.resolve("slurm"));
        if (!Files.isRegularFile(results) && !slurm) {
            err.println("traceoid: " + results + ": no such file (not a sweep directory?)");
            return ExitCodes.INPUT_ERROR;
        }
        // A live sweep holds the lock: then report what it recorded so far (reading is safe, the lines are
        // appended whole), but do not fold in SLURM task files, which rewrites results.jsonl.
        SweepLock lock;
        try {
            lock = SweepLock.acquire(dir);
        } catch (SweepLock.InUseException e) {
            if (slurm) {
                err.println("traceoid: " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
            lock = null;
            spec.commandLine().getOut().println("c note: " + e.getMessage().replaceFirst(";.*", "")
                    + "; this report shows the runs recorded so far");
        }
        try {
            // a SLURM sweep's task files are folded in first, as 'sweep merge' does
            List<RunResult> runs = slurm
                    ? SlurmArray.merge(dir, w -> err.println("traceoid: warning: " + w))
                    : ResultsLog.read(results, w -> err.println("traceoid: warning: " + w));
            if (runs.isEmpty()) {
                err.println("traceoid: " + results + " holds no runs");
                return ExitCodes.INPUT_ERROR;
            }
            return SweepCommand.report(dir, runs, rendering.scatter, rendering.benchExec, spec.commandLine().getOut(),
                    err);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
