package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.traceoid.corpora.sweep.Probe;
import org.traceoid.corpora.sweep.Report;
import org.traceoid.corpora.sweep.ResultsLog;
import org.traceoid.corpora.sweep.RunLimits;
import org.traceoid.corpora.sweep.RunResult;
import org.traceoid.corpora.sweep.SlurmArray;
import org.traceoid.corpora.sweep.SolverCommand;
import org.traceoid.corpora.sweep.Sweep;
import org.traceoid.corpora.sweep.SweepListener;
import org.traceoid.corpora.sweep.SweepLock;
import org.traceoid.corpora.sweep.SweepSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code traceoid sweep INSTANCES... --config NAME="options" --solver NAME='COMMAND {file}' ... --out DIR}:
 * every instance with every configuration, each run its own process tree under time and memory
 * limits, every answer certified (Traceoid in-process, external solvers by our own check of their
 * model or proof), results in {@code DIR/results.jsonl} and the report next to it; {@code --slurm}
 * submits the same runs as a job array instead. Holds {@code DIR}'s lock throughout.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Benchmark solvers over instances: configurations of 'traceoid solve' (--config) and external"
                + " solvers that follow the SAT Competition's output rules (--solver). Each run is its own process"
                + " tree under a CPU- or wall-clock time limit and a resident-memory limit (cgroup v2 where the"
                + " machine allows it, else /proc polling), with CPU time and peak memory recorded. Every answer is"
                + " verified: Traceoid certifies in-process; an external solver's model is checked against the"
                + " instance and its UNSAT proof ({proof}: DRAT, {lrat}: LRAT) by our checker, under its own budget."
                + " An UNSAT answer without a proof is unverified and unsolved unless --trust-unsat NAME. A rejected"
                + " certificate is a WRONG ANSWER. Each configuration is first tried on two tiny formulas; a broken one"
                + " stops the sweep (exit 1). Results are appended durably to DIR/results.jsonl keyed by GBD hash,"
                + " then DIR/results.csv, summary.json, cactus and scatter plots, index.html, mkplot/*.json and with"
                + " --benchexec BenchExec result XML.",
            "INSTANCES: directories (every .cnf/.dimacs file, plain or compressed; expected answers and families from a"
                + " corpus.json or manifest.csv there), globs ('dir/*.cnf.xz'), files, or corpus.json manifests.",
            "Placeholders in --solver: {file} the instance (required), {proof} a DRAT proof file or {lrat} an LRAT proof"
                + " file the solver writes, {model} a file the solver writes its answer to instead of stdout (MiniSat's"
                + " result file or s/v lines). Example: --solver cad='cadical -q {file} {proof}'"
                + " --solver mini='minisat {file} {model}'."},
        subcommands = {SweepReportCommand.class, SweepMergeCommand.class, SweepShardCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:every run recorded (or the SLURM array submitted); no wrong answer",
            " 1:usage error; a configuration failed its probe; --slurm without sbatch",
            " 2:input error (an instance or manifest missing or unreadable); results directory in use by a live sweep",
            " 4:a wrong answer was flagged (a rejected certificate, or an answer that contradicts the manifest or"
                + " another configuration)",
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
            description = "A Traceoid configuration: a name and the 'traceoid solve' options it runs with, e.g."
                    + " --config plain=\"--guidance none\"; repeat for more.")
    List<String> configs = new ArrayList<>();

    @Option(names = "--solver", paramLabel = "NAME=COMMAND",
            description = "An external solver: a name and its command line with placeholders, run by /bin/sh, e.g."
                    + " --solver cad='cadical -q {file} {proof}'; repeat for more.")
    List<String> solvers = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit per run (default: ${DEFAULT-VALUE}), on what --limit says.")
    double timeoutSeconds;

    @Option(names = "--limit", paramLabel = "cpu|wall", defaultValue = "wall",
            description = "What the time limit measures (default: ${DEFAULT-VALUE}): wall-clock time (the SAT"
                    + " Competition's; a run is killed 2 s + 10%% past it), or CPU time of the run's whole process tree"
                    + " (BenchExec's; fair on a loaded machine; killed at the limit, or at 10x + 60 s wall clock)."
                    + " PAR-2 and the plots use the same measure.")
    String limit;

    @Option(names = "--memory", paramLabel = "MB", defaultValue = "2048",
            description = "Resident-memory limit per run, for its whole process tree (default: ${DEFAULT-VALUE});"
                    + " Traceoid runs get a heap of three quarters of it.")
    int memoryMb;

    @Option(names = "--check-timeout", paramLabel = "SECONDS",
            description = "Time limit for checking one external answer (default: 8 x --timeout, the ratio of the SAT"
                    + " Competition's 40000 s of proof checking to 5000 s of solving). A check past it leaves the answer"
                    + " unverified.")
    Double checkTimeoutSeconds;

    @Option(names = "--check-memory", paramLabel = "MB",
            description = "Memory limit for checking one external answer (default: --memory, at least 2048).")
    Integer checkMemoryMb;

    @Option(names = "--trust-unsat", paramLabel = "NAME",
            description = "Count this configuration's UNSAT answers without a checked proof as solved (marked"
                    + " trusted); repeat for more.")
    List<String> trustUnsat = new ArrayList<>();

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
        SweepSettings settings = settings();
        if (slurm) {
            try {
                SlurmArray.sbatch(System.getenv("PATH"));
            } catch (SlurmArray.NoSbatchException e) {
                stderr.println("traceoid: " + e.getMessage());
                return ExitCodes.USAGE;
            }
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
        SweepLock lock = lock(out, stderr);
        if (lock == null) {
            return ExitCodes.INPUT_ERROR;
        }
        try (lock) {
            return sweep(settings, resolved, stdout, stderr);
        }
    }

    /** {@code dir}'s lock, or null after saying on {@code stderr} which live sweep holds it. */
    static SweepLock lock(Path dir, PrintWriter stderr) throws IOException {
        try {
            return SweepLock.acquire(dir);
        } catch (SweepLock.InUseException e) {
            stderr.println("traceoid: " + e.getMessage());
            return null;
        }
    }

    private SweepSettings settings() {
        if (checkTimeoutSeconds != null && !(checkTimeoutSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--check-timeout must be a positive number of seconds, got "
                    + checkTimeoutSeconds);
        }
        if (checkMemoryMb != null && checkMemoryMb < 64) {
            throw new ParameterException(spec.commandLine(), "--check-memory must be at least 64 MB, got "
                    + checkMemoryMb);
        }
        try {
            List<Configuration> parsed = new ArrayList<>();
            for (String config : configs) {
                parsed.add(Configuration.parse(config).withVersion(Version.traceoid()));
            }
            for (String solver : solvers) {
                parsed.add(Configuration.parseSolver(solver));
            }
            RunLimits.Kind kind = RunLimits.Kind.parse(limit);
            RunLimits limits = new RunLimits(timeoutSeconds, memoryMb, kind);
            double checkTimeout = checkTimeoutSeconds != null ? checkTimeoutSeconds : 8 * timeoutSeconds;
            int checkMemory = checkMemoryMb != null ? checkMemoryMb : Math.max(2048, memoryMb);
            return new SweepSettings(parsed, limits, new RunLimits(checkTimeout, checkMemory, kind), jobs,
                    solverCommand(), new HashSet<>(trustUnsat));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** With the directory locked: resume checks, the probe, then the runs (or the SLURM submission) and the report. */
    private int sweep(SweepSettings settings, List<Instance> resolved, PrintWriter stdout, PrintWriter stderr)
            throws IOException, InterruptedException {
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
            if (earlier.timeoutSeconds() != timeoutSeconds || earlier.memoryMb() != memoryMb
                    || !earlier.limit().equals(settings.limits().kind().word())) {
                stderr.println("traceoid: warning: " + results + " has runs with --timeout " + earlier.timeoutSeconds()
                        + " --memory " + earlier.memoryMb() + " --limit " + earlier.limit() + "; this sweep uses --timeout "
                        + timeoutSeconds + " --memory " + memoryMb + " --limit " + settings.limits().kind().word()
                        + " (PAR-2 uses each run's own limit)");
                break;
            }
        }
        stdout.println("c sweep: " + resolved.size() + " instances x " + settings.configurations().size()
                + " configurations, limit " + timeoutSeconds + " s " + settings.limits().kind().word() + " time, memory "
                + memoryMb + " MB, " + (slurm ? "SLURM job array" : jobs + " at a time") + ", results in " + results);
        stdout.println("c probing each configuration on two tiny formulas");
        stdout.flush();
        try {
            settings = settings.withConfigurations(Probe.check(settings, out));
        } catch (Probe.BrokenConfigurationException e) {
            stderr.println("traceoid: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        for (Configuration config : settings.configurations()) {
            stdout.println("c configuration " + config.name() + ": " + config.tool() + " " + config.version()
                    + (config.optionString().isEmpty() ? "" : ", " + config.optionString()));
        }
        Sweep sweep = new Sweep(settings, Sweep.allPairs(settings, resolved), results, out.resolve("logs"));
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
            if (result.outcome().answered() && (result.certified() || result.trusted())) {
                solved.incrementAndGet();
            }
            if (result.outcome() == Outcome.ERROR || result.outcome() == Outcome.CERTIFICATION_FAILED) {
                errors.incrementAndGet();
            }
            if (progressBar != null) {
                progressBar.step();
                progressBar.setExtraMessage("solved " + solved.get() + ", errors " + errors.get());
            } else {
                stdout.printf(java.util.Locale.ROOT, "c [%d/%d] %-12s %-40s %s%s %.2f s %s, %.0f MB%s%n", n, total,
                        result.config(), result.instance(), result.outcome(), result.certified() ? " (certified)"
                                : result.trusted() ? " (trusted)" : "", result.scoredSeconds(), result.limit(),
                        result.peakRssMb(), result.message().isEmpty() ? "" : "  " + result.message());
                stdout.flush();
            }
        }

        @Override
        public synchronized void note(String message) {
            stdout.println("c " + message);
            stdout.flush();
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
