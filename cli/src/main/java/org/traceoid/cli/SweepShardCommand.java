package org.traceoid.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.traceoid.corpora.sweep.SlurmArray;
import org.traceoid.corpora.sweep.Sweep;
import org.traceoid.corpora.sweep.SweepLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code traceoid sweep shard FILE}: what a SLURM array task runs: the runs of one shard, with
 * the same runner as a local sweep, resuming (a requeued task skips what it already recorded).
 */
@Command(name = "shard", hidden = true,
        description = "Run one shard of a SLURM sweep (the job script calls this).",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
public final class SweepShardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A shard-I.json written by --slurm.")
    Path file;

    @Override
    public Integer call() throws IOException, InterruptedException {
        SlurmArray.Shard shard = SlurmArray.readShard(file);
        Path results = Path.of(shard.results());
        Sweep sweep = new Sweep(shard.settings(), SlurmArray.pairs(shard), results, Path.of(shard.logs()));
        SweepLock lock;
        try {
            lock = SweepLock.acquireFile(results.resolveSibling(results.getFileName() + ".lock"), results.toString());
        } catch (SweepLock.InUseException e) {
            spec.commandLine().getErr().println("traceoid: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        try (lock; SweepCommand.Progress progress = new SweepCommand.Progress(spec.commandLine().getOut(),
                spec.commandLine().getErr(), false)) {
            sweep.run(true, progress);
        }
        return ExitCodes.OK;
    }
}
