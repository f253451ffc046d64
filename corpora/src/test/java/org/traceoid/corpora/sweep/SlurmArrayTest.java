package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.SolveStatus;

class SlurmArrayTest {
    @Test
    void chunksStayWithinTheDefaultArraySizeAndKeepEveryRunOnce(@TempDir Path dir) throws IOException {
        Instance instance = SolverRunTest.instance(dir, "a.cnf", SolveStatus.UNKNOWN);
        List<Sweep.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 2503; i++) {
            pairs.add(new Sweep.Pair(instance, Configuration.parse("c" + i + "=")));
        }
        List<List<Sweep.Pair>> chunks = SlurmArray.chunks(pairs, SlurmArray.MAX_TASKS);
        assertEquals(1000, chunks.size());
        assertTrue(chunks.stream().allMatch(c -> c.size() == 2 || c.size() == 3));
        assertEquals(pairs, chunks.stream().flatMap(List::stream).toList());
        assertEquals(5, SlurmArray.chunks(pairs.subList(0, 5), SlurmArray.MAX_TASKS).size());
    }

    @Test
    void mergeFoldsTaskFilesIntoResults(@TempDir Path dir) throws IOException {
        List<RunResult> runs = Fixtures.fixedRuns();
        Files.createDirectories(dir.resolve("slurm"));
        try (ResultsLog log = ResultsLog.append(dir.resolve("results.jsonl"))) {
            log.write(runs.get(0));
        }
        for (int task = 0; task < 3; task++) {
            try (ResultsLog log = ResultsLog.append(dir.resolve("slurm/results-" + task + ".jsonl"))) {
                for (int i = 1 + task; i < runs.size(); i += 3) {
                    log.write(runs.get(i));
                }
            }
        }
        List<RunResult> merged = SlurmArray.merge(dir, w -> { });
        assertEquals(runs.size(), merged.size());
        assertEquals(Report.sorted(runs), Report.sorted(ResultsLog.read(dir.resolve("results.jsonl"), w -> { })));
        assertEquals(Report.sorted(merged), Report.sorted(SlurmArray.merge(dir, w -> { })), "merging again changes nothing");
    }

    @Test
    void theJobScriptRunsOneShardPerTaskWithinTheLimits() {
        SweepSettings settings = new SweepSettings(List.of(Configuration.parse("a=")),
                new RunLimits(60, 2048, RunLimits.Kind.WALL), new RunLimits(480, 4096, RunLimits.Kind.WALL), 1,
                new SolverCommand("/usr/bin/java", "/opt/it's/traceoid-cli.jar", "org.traceoid.cli.Main"), Set.of());
        String script = SlurmArray.script(settings, 1000, 3, Path.of("/shared/sweep/slurm"), "short", 50);
        assertEquals("""
                #!/bin/bash
                # traceoid sweep: task I runs the runs in shard-I.json, one at a time.
                #SBATCH --job-name=traceoid-sweep
                #SBATCH --array=0-999%50
                #SBATCH --ntasks=1
                #SBATCH --cpus-per-task=1
                #SBATCH --mem=2816M
                #SBATCH --time=9
                #SBATCH --output=/shared/sweep/slurm/logs/task-%A_%a.out
                #SBATCH --partition=short
                set -eu
                exec '/usr/bin/java' -Xmx256m -XX:+UseSerialGC -Djava.awt.headless=true \
                -cp '/opt/it'\\''s/traceoid-cli.jar' org.traceoid.cli.Main sweep shard \
                '/shared/sweep/slurm'/shard-"$SLURM_ARRAY_TASK_ID".json
                """, script); // a backslash at a line end joins the lines (text block escape)
        // an external solver's answers are checked after each run: time and memory for the checks too
        SweepSettings external = settings.withConfigurations(List.of(Configuration.parseSolver("c=cadical {file}")));
        String checked = SlurmArray.script(external, 1000, 3, Path.of("/shared/sweep/slurm"), null, null);
        assertTrue(checked.contains("#SBATCH --time=" + (long) (Math.ceil(3 * (60 + 8 + 10 + 480 + 50 + 10) / 60.0) + 5)
                + "\n#SBATCH --output"), checked);
        assertTrue(checked.contains("#SBATCH --mem=4864M\n"), checked);
    }

    @Test
    void aShardKeepsExternalSolversLimitsAndTrustThroughJson() throws IOException {
        SweepSettings settings = new SweepSettings(List.of(Configuration.parse("t=--lenient").withVersion("1.0"),
                Configuration.parseSolver("cad=cadical {file} {proof}").withVersion("sc2021")),
                new RunLimits(5, 512, RunLimits.Kind.CPU), new RunLimits(40, 2048, RunLimits.Kind.CPU), 1,
                new SolverCommand("/usr/bin/java", "/x.jar", "org.traceoid.cli.Main"), Set.of("cad"));
        SlurmArray.Shard shard = new SlurmArray.Shard(settings, List.of(new SlurmArray.ShardRun("/d/a.cnf", "a.cnf",
                "1".repeat(32), "SAT", "fam", "cad")), "/d/r.jsonl", "/d/logs");
        SlurmArray.Shard read = ResultsLog.JSON.readValue(ResultsLog.JSON.writeValueAsString(shard),
                SlurmArray.Shard.class);
        assertEquals(shard, read);
        assertEquals("fam", SlurmArray.pairs(read).get(0).instance().family());
    }

    @Test
    void withoutSbatchTheErrorIsOneLine(@TempDir Path dir) throws IOException {
        assertEquals("--slurm needs SLURM's sbatch, and there is none on PATH (install the SLURM client, e.g. Debian's"
                + " slurm-client, or run the sweep without --slurm)",
                org.junit.jupiter.api.Assertions.assertThrows(SlurmArray.NoSbatchException.class,
                        () -> SlurmArray.sbatch(dir.toString() + ":/nonexistent")).getMessage());
        Path fake = Files.createDirectories(dir.resolve("bin")).resolve("sbatch");
        Files.writeString(fake, "#!/bin/sh\n");
        fake.toFile().setExecutable(true);
        assertEquals(fake, SlurmArray.sbatch("/nonexistent:" + dir.resolve("bin")));
    }
}
