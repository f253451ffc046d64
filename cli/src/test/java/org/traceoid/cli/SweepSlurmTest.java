package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.corpora.sweep.ResultsLog;

/**
 * {@code traceoid sweep --slurm} for real: a private single-node SLURM ({@link LocalSlurm}), a
 * small sweep of two Traceoid configurations and an external solver (cadical, whose proofs the array
 * tasks check) submitted as a job array, merged, and compared with the same sweep run locally.
 * Run with {@code mvn -B verify -Pslurm} (as root, with slurm-wlm and munge installed).
 */
@Tag("slurm")
class SweepSlurmTest {
    @Test
    void slurmArrayGivesTheSameAnswersAsALocalSweep(@TempDir Path dir) throws Exception {
        Path corpus = SweepCommandTest.corpus(dir);
        Path local = dir.resolve("local");
        SweepCommandTest.Run localRun = SweepCommandTest.sweep(SweepCommandTest.arguments(corpus, local));
        assertEquals(ExitCodes.OK, localRun.exitCode(), localRun.out() + localRun.err());

        Path onSlurm = dir.resolve("slurm-sweep");
        Files.createDirectories(dir.resolve("cluster"));
        try (LocalSlurm slurm = LocalSlurm.start(dir.resolve("cluster"))) {
            // The submitting sweep runs in its own JVM so that it (and sbatch) sees SLURM_CONF.
            List<String> command = new ArrayList<>(List.of(SweepCommand.solverCommand().java(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "sweep"));
            command.addAll(List.of(SweepCommandTest.arguments(corpus, onSlurm, "--slurm", "--array-parallelism", "2",
                    "--partition", "debug")));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(slurm.environment());
            Process submit = builder.start();
            String output = new String(submit.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(submit.waitFor(120, TimeUnit.SECONDS));
            assertEquals(ExitCodes.OK, submit.exitValue(), output);
            Matcher job = Pattern.compile("(?m)^job (\\d+)$").matcher(output);
            assertTrue(job.find(), output);
            assertTrue(output.contains("c follow it:      squeue -j " + job.group(1)), output);
            assertTrue(output.contains("c when it is done: traceoid sweep merge " + onSlurm), output);
            assertTrue(Files.readString(onSlurm.resolve("slurm/sweep.sbatch")).contains("#SBATCH --array=0-20%2\n"));
            slurm.awaitJob(job.group(1), 1500); // 21 tasks, two at a time; generous for a loaded machine
        }
        SweepCommandTest.Run merge = SweepCommandTest.sweep("merge", onSlurm.toString());
        assertEquals(ExitCodes.OK, merge.exitCode(), merge.out() + merge.err());
        assertTrue(merge.out().contains("c merged: 21 runs"), merge.out());
        assertEquals(SweepCommandTest.answers(local), SweepCommandTest.answers(onSlurm));
        long checkedProofs = ResultsLog.read(onSlurm.resolve("results.jsonl"), w -> { }).stream()
                .filter(r -> r.config().equals("cadical") && r.certificate().startsWith("certified: DRAT proof verified"))
                .count();
        assertEquals(2, checkedProofs, "the tasks checked cadical's proofs of uuf50-0126 and hole6");
        assertEquals(21, ResultsLog.read(onSlurm.resolve("results.jsonl"), w -> { }).size());
        assertTrue(Files.size(onSlurm.resolve("index.html")) > 0);
    }
}
