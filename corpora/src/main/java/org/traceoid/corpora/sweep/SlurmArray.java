package org.traceoid.corpora.sweep;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A sweep on a SLURM cluster: the pending runs cut into at most {@link #MAX_TASKS} chunks, one
 * {@code shard-I.json} per chunk, a job script, and one {@code sbatch} of a job array whose task
 * I runs chunk I with the same per-run runner as a local sweep (one run at a time, one CPU),
 * appending to its own {@code slurm/results-I.jsonl}. {@link #merge} folds those files into
 * {@code results.jsonl}. The sweep directory, the instances and the command line's class path
 * must be visible to the compute nodes at the same paths (a shared file system).
 */
public final class SlurmArray {
    /**
     * SLURM's default {@code MaxArraySize} is 1001 (indices 0..1000); 1000 tasks stay within it
     * on clusters that keep the default.
     */
    public static final int MAX_TASKS = 1000;
    /** Memory for the shard's own JVM (-Xmx256m and what it holds besides), on top of a run's limit. */
    static final int OVERHEAD_MB = 768;

    private SlurmArray() {
    }

    /** One chunk of runs, as the array task reads it. */
    public record Shard(SweepSettings settings, List<ShardRun> runs, String results, String logs) {
    }

    /** One run of a shard. */
    public record ShardRun(String file, String name, String gbd, String expected, String family, String config) {
    }

    /** SLURM's {@code sbatch} is not on this machine's PATH. */
    public static final class NoSbatchException extends IOException {
        private static final long serialVersionUID = 1L;

        NoSbatchException(String message) {
            super(message);
        }
    }

    /**
     * {@code sbatch} as found on {@code path} (a PATH value), checked before anything is written.
     *
     * @throws NoSbatchException if it is not there
     */
    public static Path sbatch(String path) throws NoSbatchException {
        for (String entry : (path == null ? "" : path).split(":")) {
            if (!entry.isEmpty()) {
                Path candidate = Path.of(entry, "sbatch");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        throw new NoSbatchException("--slurm needs SLURM's sbatch, and there is none on PATH"
                + " (install the SLURM client, e.g. Debian's slurm-client, or run the sweep without --slurm)");
    }

    /** What was submitted. */
    public record Submission(String jobId, int tasks, Path script) {
    }

    /** Cuts {@code pairs} into {@code min(pairs, MAX_TASKS)} chunks of consecutive runs, sizes differing by at most one. */
    static List<List<Sweep.Pair>> chunks(List<Sweep.Pair> pairs, int maxTasks) {
        int tasks = Math.min(pairs.size(), maxTasks);
        List<List<Sweep.Pair>> chunks = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tasks; i++) {
            int size = pairs.size() / tasks + (i < pairs.size() % tasks ? 1 : 0);
            chunks.add(pairs.subList(from, from + size));
            from += size;
        }
        return chunks;
    }

    /**
     * Writes the shards and the job script under {@code dir/slurm} and submits it with
     * {@code sbatch}; {@code partition} and {@code parallelism} (the {@code %K} of
     * {@code --array}) may be null.
     */
    public static Submission submit(SweepSettings settings, List<Sweep.Pair> pending, Path dir, String partition,
            Integer parallelism) throws IOException, InterruptedException {
        Path sbatch = sbatch(System.getenv("PATH"));
        if (pending.isEmpty()) {
            throw new IllegalStateException("nothing to submit: every run is already recorded");
        }
        Path slurm = dir.toAbsolutePath().resolve("slurm");
        Files.createDirectories(slurm.resolve("logs"));
        List<List<Sweep.Pair>> chunks = chunks(pending, MAX_TASKS);
        SweepSettings shardSettings = settings.oneAtATime();
        var writer = ResultsLog.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writer();
        for (int i = 0; i < chunks.size(); i++) {
            List<ShardRun> runs = chunks.get(i).stream().map(p -> new ShardRun(
                    p.instance().file().toAbsolutePath().toString(), p.instance().name(), p.instance().gbd(),
                    SolverRun.shortName(p.instance().expected()), p.instance().family(), p.config().name())).toList();
            Shard shard = new Shard(shardSettings, runs, slurm.resolve("results-" + i + ".jsonl").toString(),
                    dir.toAbsolutePath().resolve("logs").toString());
            Files.writeString(slurm.resolve("shard-" + i + ".json"), writer.writeValueAsString(shard));
        }
        Path script = slurm.resolve("sweep.sbatch");
        String text = script(settings, chunks.size(), chunks.stream().mapToInt(List::size).max().orElse(1), slurm,
                partition, parallelism);
        Files.writeString(script, text, StandardCharsets.UTF_8);
        script.toFile().setExecutable(true);
        List<String> command = List.of(sbatch.toString(), "--parsable", script.toString());
        Process submitting = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(submitting.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!submitting.waitFor(60, TimeUnit.SECONDS) || submitting.exitValue() != 0) {
            throw new IOException("sbatch failed (exit " + submitting.exitValue() + "): " + output);
        }
        String last = output.lines().reduce((a, b) -> b).orElse("");
        String jobId = last.split(";")[0].strip(); // --parsable prints "id" or "id;cluster"
        if (!jobId.matches("\\d+")) {
            throw new IOException("sbatch printed no job id: " + output);
        }
        return new Submission(jobId, chunks.size(), script);
    }

    /**
     * The job script: task I runs {@code slurm/shard-I.json}. The time limit allows the longest shard
     * (each run to its kill limit, then its answer check to its own, plus 10 s), the memory the larger
     * of the run's and the check's limit plus the shard JVM.
     */
    static String script(SweepSettings settings, int tasks, int longest, Path slurm, String partition,
            Integer parallelism) {
        boolean checks = settings.configurations().stream().anyMatch(Configuration::external);
        double perRun = settings.limits().killWallSeconds() + 10
                + (checks ? settings.checkLimits().killWallSeconds() + 10 : 0);
        long minutes = (long) Math.ceil(longest * perRun / 60) + 5;
        int memory = Math.max(settings.limits().memoryMb(), checks ? settings.checkLimits().memoryMb() : 0);
        StringBuilder text = new StringBuilder("#!/bin/bash\n")
                .append("# traceoid sweep: task I runs the runs in shard-I.json, one at a time.\n")
                .append("#SBATCH --job-name=traceoid-sweep\n")
                .append("#SBATCH --array=0-").append(tasks - 1)
                .append(parallelism == null ? "" : "%" + parallelism).append('\n')
                .append("#SBATCH --ntasks=1\n#SBATCH --cpus-per-task=1\n")
                .append("#SBATCH --mem=").append(memory + OVERHEAD_MB).append("M\n")
                .append("#SBATCH --time=").append(minutes).append('\n')
                .append("#SBATCH --output=").append(slurm.resolve("logs")).append("/task-%A_%a.out\n");
        if (partition != null) {
            text.append("#SBATCH --partition=").append(partition).append('\n');
        }
        text.append("set -eu\n")
                .append("exec ").append(quote(settings.solver().java())).append(" -Xmx256m -XX:+UseSerialGC")
                .append(" -Djava.awt.headless=true -cp ").append(quote(settings.solver().classpath())).append(' ')
                .append(settings.solver().mainClass()).append(" sweep shard ")
                .append(quote(slurm.toString())).append("/shard-\"$SLURM_ARRAY_TASK_ID\".json\n");
        return text.toString();
    }

    /** Reads a shard file; what {@code traceoid sweep shard} runs. */
    public static Shard readShard(Path file) throws IOException {
        return ResultsLog.JSON.readValue(file.toFile(), Shard.class);
    }

    /** The pairs of a shard. */
    public static List<Sweep.Pair> pairs(Shard shard) {
        List<Sweep.Pair> pairs = new ArrayList<>();
        for (ShardRun run : shard.runs()) {
            Configuration config = shard.settings().configurations().stream()
                    .filter(c -> c.name().equals(run.config())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("shard names unknown configuration " + run.config()));
            pairs.add(new Sweep.Pair(new Instance(Path.of(run.file()), run.name(), run.gbd(),
                    Instances.expectation(run.expected()), run.family()), config));
        }
        return pairs;
    }

    /**
     * Folds {@code dir/slurm/results-*.jsonl} into {@code dir/results.jsonl} (rewritten
     * atomically; a run recorded in both keeps the shard's line) and returns all runs.
     */
    public static List<RunResult> merge(Path dir, java.util.function.Consumer<String> warnings) throws IOException {
        Path results = dir.resolve("results.jsonl");
        List<RunResult> merged = new ArrayList<>(ResultsLog.read(results, warnings));
        Path slurm = dir.resolve("slurm");
        if (Files.isDirectory(slurm)) {
            List<Path> shards;
            try (Stream<Path> files = Files.list(slurm)) {
                shards = files.filter(p -> p.getFileName().toString().matches("results-\\d+\\.jsonl")).sorted().toList();
            }
            for (Path shard : shards) {
                merged.addAll(ResultsLog.read(shard, warnings));
            }
        }
        java.util.Map<RunResult.RunKey, RunResult> byKey = new java.util.LinkedHashMap<>();
        for (RunResult run : merged) {
            byKey.remove(run.key());
            byKey.put(run.key(), run);
        }
        StringBuilder text = new StringBuilder();
        byKey.values().forEach(r -> text.append(ResultsLog.toJson(r)).append('\n'));
        Report.atomically(results, text.toString());
        return new ArrayList<>(byKey.values());
    }

    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
