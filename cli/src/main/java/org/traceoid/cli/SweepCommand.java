package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.traceoid.corpora.sweep.Configuration;
import org.traceoid.corpora.sweep.Instance;
import org.traceoid.corpora.sweep.Instances;
import org.traceoid.corpora.sweep.Outcome;
import org.traceoid.corpora.sweep.Report;
import org.traceoid.corpora.sweep.ResultsLog;
import org.traceoid.corpora.sweep.RunResult;
import org.traceoid.corpora.sweep.SlurmArray;
import org.traceoid.corpora.sweep.SolverCommand;
import org.traceoid.corpora.sweep.Sweep;
import org.traceoid.corpora.sweep.SweepListener;
import org.traceoid.corpora.sweep.SweepSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code traceoid sweep INSTANCES... --config NAME="options" ... --out DIR}: every instance
 * with every configuration, each run a {@code traceoid solve} in its own JVM, results in
 * {@code DIR/results.jsonl} and the report next to it; {@code --slurm} submits the same runs
 * as a job array instead.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Benchmark configurations of 'traceoid solve' over instances: each run in its own JVM"
                + " (heap limit, wall-clock limit, CPU time measured), results appended durably to"
                + " DIR/results.jsonl keyed by GBD hash, then DIR/results.csv, summary.json, cactus and scatter"
                + " plots and index.html. Only certified answers count as solved (PAR-2); wrong answers are"
                + " flagged.",
            "INSTANCES: directories (every .cnf/.dimacs file, plain or compressed; expected answers from a"
                + " corpus.json or manifest.csv there), globs ('dir/*.cnf.xz'), files, or corpus.json manifests."},
        subcommands = {SweepReportCommand.class, SweepMergeCommand.class, SweepShardCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every run recorded (or the SLURM array submitted); no wrong answer",
            " 1:usage error",
            " 2:input error (an instance or manifest missing or unreadable; results directory in use)",
            " 4:a wrong answer was flagged (certification failed, or contradicts the manifest or another configuration)",
            "70:internal error"},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
public final class SweepCommand implements Callable<Integer> {
    /** Exit code when the sweep found a wrong answer. */
    static final int WRONG_ANSWERS = 4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "INSTANCES", description = "Directories, globs, files or corpus.json manifests.")
    List<String> instances = new ArrayList<>();

    @Option(names = "--config", paramLabel = "NAME=OPTIONS",
            description = "A configuration: a name and the 'traceoid solve' options it runs with, e.g."
                    + " --config plain=\"--guidance none\"; repeat for more.")
    List<String> configs = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Wall-clock limit per run (default: ${DEFAULT-VALUE}); a run still alive at the limit plus"
                    + " a grace of 2 s + 10%% is killed.")
    double timeoutSeconds;

    @Option(names = "--memory", paramLabel = "MB", defaultValue = "2048",
            description = "Heap limit per run in MB, -Xmx (default: ${DEFAULT-VALUE}).")
    int memoryMb;

    @Option(names = "--jobs", paramLabel = "J", defaultValue = "1",
            description = "Runs at the same time (default: ${DEFAULT-VALUE}); at most one per core for honest times.")
    int jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "The sweep directory (results, logs, report).")
    Path out;

    @Option(names = "--resume", description = "Continue the sweep in DIR: skip runs already in results.jsonl.")
    boolean resume;

    @Option(names = "--scatter", paramLabel = "A,B", split = ",",
            description = "The two configurations of the scatter plot (default: the first two).")
    List<String> scatter;

    @Option(names = "--benchexec", description = "Also write BenchExec result XML, DIR/benchexec/CONFIG.xml.")
    boolean benchExec;

    @Option(names = "--no-progress", description = "No progress bar; one line per finished run instead.")
    boolean noProgress;

    @Option(names = "--slurm", description = "Submit the runs as a SLURM job array (sbatch) instead of running them here;"
            + " afterwards 'traceoid sweep merge DIR'.")
    boolean slurm;

    @Option(names = "--partition", paramLabel = "P", description = "SLURM partition (with --slurm).")
    String partition;

    @Option(names = "--array-parallelism", paramLabel = "K",
            description = "At most K array tasks at once (with --slurm): --array=0-N%%K.")
    Integer arrayParallelism;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (instances.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no INSTANCES given");
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "--out DIR is required");
        }
        if (!slurm && (partition != null || arrayParallelism != null)) {
            throw new ParameterException(spec.commandLine(), "--partition and --array-parallelism go with --slurm");
        }
        if (arrayParallelism != null && arrayParallelism < 1) {
            throw new ParameterException(spec.commandLine(), "--array-parallelism must be at least 1");
        }
        SweepSettings settings;
        try {
            List<Configuration> parsed = new ArrayList<>();
            for (String config : configs) {
                parsed.add(Configuration.parse(config));
            }
            settings = new SweepSettings(parsed, timeoutSeconds, memoryMb, jobs, solverCommand());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Instance> resolved;
        try {
            resolved = Instances.resolve(instances, warning -> stderr.println("traceoid: warning: " + warning));
        } catch (IOException e) {
            stderr.println("traceoid: " + InputErrors.describe(Path.of(""), e).replaceFirst("^: ", ""));
            return ExitCodes.INPUT_ERROR;
        }
        if (resolved.isEmpty()) {
            stderr.println("traceoid: no instances found in " + String.join(" ", instances));
            return ExitCodes.INPUT_ERROR;
        }
        Files.createDirectories(out);
        Path results = out.resolve("results.jsonl");
        if (resume && Files.isDirectory(out.resolve("slurm"))) {
            // runs an earlier SLURM array recorded count as done too
            SlurmArray.merge(out, w -> stderr.println("traceoid: warning: " + w));
        }
        List<RunResult> recorded = ResultsLog.read(results, w -> stderr.println("traceoid: warning: " + w));
        if (!resume && !recorded.isEmpty()) {
            stderr.println("traceoid: " + results + " already holds " + recorded.size()
                    + " runs: pass --resume to continue that sweep, or choose another --out");
            return ExitCodes.INPUT_ERROR;
        }
        for (RunResult earlier : recorded) {
            if (earlier.timeoutSeconds() != timeoutSeconds || earlier.memoryMb() != memoryMb) {
                stderr.println("traceoid: warning: " + results + " has runs with --timeout " + earlier.timeoutSeconds()
                        + " --memory " + earlier.memoryMb() + "; this sweep uses --timeout " + timeoutSeconds
                        + " --memory " + memoryMb + " (PAR-2 uses each run's own limit)");
                break;
            }
        }
        Sweep sweep = new Sweep(settings, Sweep.allPairs(settings, resolved), results, out.resolve("logs"));
        stdout.println("c sweep: " + resolved.size() + " instances x " + settings.configurations().size()
                + " configurations, limit " + timeoutSeconds + " s, heap " + memoryMb + " MB, "
                + (slurm ? "SLURM job array" : jobs + " at a time") + ", results in " + results);
        if (slurm) {
            return submit(settings, sweep.pending(recorded), stdout);
        }
        stdout.flush();
        List<RunResult> all;
        try (Progress progress = new Progress(stdout, stderr, !noProgress && System.console() != null)) {
            all = sweep.run(resume, progress);
        }
        return report(out, all, scatter, benchExec, stdout, stderr);
    }

    private int submit(SweepSettings settings, List<Sweep.Pair> pending, PrintWriter stdout)
            throws IOException, InterruptedException {
        if (pending.isEmpty()) {
            stdout.println("c every run is already recorded; nothing to submit");
            return ExitCodes.OK;
        }
        SlurmArray.Submission submission = SlurmArray.submit(settings, pending, out, partition, arrayParallelism);
        stdout.println("c submitted job array " + submission.jobId() + ": " + pending.size() + " runs in "
                + submission.tasks() + " tasks (script " + submission.script() + ")");
        stdout.println("c follow it:      squeue -j " + submission.jobId() + "   (task logs: "
                + out.toAbsolutePath().resolve("slurm/logs") + ")");
        stdout.println("c cancel it:      scancel " + submission.jobId());
        stdout.println("c when it is done: traceoid sweep merge " + out);
        stdout.println("job " + submission.jobId());
        return ExitCodes.OK;
    }

    /** Renders the report and prints the summary; exit 4 if any answer is wrong. */
    static int report(Path dir, List<RunResult> runs, List<String> scatter, boolean benchExec, PrintWriter stdout,
            PrintWriter stderr) throws IOException {
        Report.Written written;
        try {
            written = Report.write(dir, runs, scatter, benchExec);
        } catch (IllegalArgumentException e) {
            stderr.println("traceoid: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Report.printSummary(written.summary(), line -> stdout.println("c " + line), line -> stderr.println("traceoid: " + line));
        stdout.println("c report: " + dir.resolve("index.html"));
        stdout.flush();
        return written.summary().flags().isEmpty() ? ExitCodes.OK : WRONG_ANSWERS;
    }

    /** The JVM running this command, its class path and main class: what every run starts. */
    static SolverCommand solverCommand() {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new SolverCommand(java, System.getProperty("java.class.path"), Main.class.getName());
    }

    /** A progress bar on a terminal (done/total, solved, errors, ETA), else one line per run. */
    static final class Progress implements SweepListener, AutoCloseable {
        private final PrintWriter stdout;
        private final PrintWriter stderr;
        private final boolean bar;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicInteger solved = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        private int total;
        private ProgressBar progressBar;

        Progress(PrintWriter stdout, PrintWriter stderr, boolean bar) {
            this.stdout = stdout;
            this.stderr = stderr;
            this.bar = bar;
        }

        @Override
        public synchronized void started(int total, int alreadyDone) {
            this.total = total;
            done.set(alreadyDone);
            if (alreadyDone > 0) {
                stdout.println("c resuming: " + alreadyDone + " of " + total + " runs already recorded");
                stdout.flush();
            }
            if (bar) {
                progressBar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(total)
                        .startsFrom(alreadyDone, java.time.Duration.ZERO)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .setUpdateIntervalMillis(500).build();
                progressBar.setExtraMessage("solved 0, errors 0");
            }
        }

        @Override
        public synchronized void finished(RunResult result) {
            int n = done.incrementAndGet();
            if (result.outcome().answered() && result.certified()) {
                solved.incrementAndGet();
            }
            if (result.outcome() == Outcome.ERROR || result.outcome() == Outcome.CERTIFICATION_FAILED) {
                errors.incrementAndGet();
            }
            if (progressBar != null) {
                progressBar.step();
                progressBar.setExtraMessage("solved " + solved.get() + ", errors " + errors.get());
            } else {
                stdout.printf(java.util.Locale.ROOT, "c [%d/%d] %-12s %-40s %s%s %.2f s%s%n", n, total, result.config(),
                        result.instance(), result.outcome(), result.certified() ? " (certified)" : "",
                        result.wallSeconds(), result.message().isEmpty() ? "" : "  " + result.message());
                stdout.flush();
            }
        }

        @Override
        public synchronized void alarm(String message) {
            stderr.println("traceoid: " + message);
            stderr.flush();
        }

        @Override
        public synchronized void close() {
            if (progressBar != null) {
                progressBar.close();
            }
        }
    }
}
