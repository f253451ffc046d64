package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every (instance, configuration) pair not yet in the results file, {@code jobs} at a
 * time, each as its own process tree ({@link SolverRun}) under one {@link ResourceControl},
 * appending each result durably as it finishes. Runs go instance-major (all configurations of an
 * instance, then the next), so a partial sweep compares configurations on the same instances.
 * Before it starts it deletes what killed sweeps left in the logs ({@link StaleFiles}); the caller
 * holds the directory's {@link SweepLock}.
 *
 * <p>A sweep that is interrupted, or whose JVM is shutting down (Ctrl-C, SIGTERM), kills the
 * runs it started; one that is killed outright takes them with it ({@link TreeRunner}). Results
 * already written stay.
 */
public final class Sweep {
    private final SweepSettings settings;
    private final List<Pair> pairs;
    private final Path resultsFile;
    private final Path logDir;
    private final Set<TreeRunner.Handle> live = ConcurrentHashMap.newKeySet();
    /** Set when the sweep kills its runs: a run it killed is not a result and must not be recorded. */
    private volatile boolean stopping;

    /** A sweep of {@code pairs}, writing to {@code resultsFile}, each run's stdout/stderr under {@code logDir}. */
    public Sweep(SweepSettings settings, List<Pair> pairs, Path resultsFile, Path logDir) {
        this.settings = settings;
        this.pairs = List.copyOf(pairs);
        this.resultsFile = resultsFile;
        this.logDir = logDir;
    }

    /** Every instance with every configuration, instance-major. */
    public static List<Pair> allPairs(SweepSettings settings, List<Instance> instances) {
        List<Pair> pairs = new ArrayList<>();
        for (Instance instance : instances) {
            for (Configuration config : settings.configurations()) {
                pairs.add(new Pair(instance, config));
            }
        }
        return pairs;
    }

    /** The pairs that {@code recorded} does not hold yet, in run order. */
    public List<Pair> pending(List<RunResult> recorded) {
        Set<RunResult.RunKey> done = new HashSet<>();
        recorded.forEach(r -> done.add(r.key()));
        return pairs.stream().filter(p -> !done.contains(p.key())).toList();
    }

    /** One run to do. */
    public record Pair(Instance instance, Configuration config) {
        public RunResult.RunKey key() {
            return new RunResult.RunKey(instance.gbd(), config.name());
        }
    }

    /**
     * Runs what is pending and returns every result the file holds afterwards (earlier ones
     * included). {@code resume=false} refuses a results file that already has runs.
     */
    public List<RunResult> run(boolean resume, SweepListener listener) throws IOException, InterruptedException {
        Files.createDirectories(resultsFile.toAbsolutePath().getParent());
        List<RunResult> recorded = ResultsLog.read(resultsFile, listener::alarm);
        if (!resume && !recorded.isEmpty()) {
            throw new IllegalStateException(resultsFile + " already holds " + recorded.size()
                    + " runs: pass --resume to continue that sweep, or choose another --out");
        }
        List<Pair> pending = pending(recorded);
        int total = pairs.size();
        int stale = StaleFiles.clean(logDir);
        if (stale > 0) {
            listener.note("deleted " + stale + " files of runs a killed sweep left in " + logDir);
        }
        listener.started(total, total - pending.size());
        if (pending.isEmpty()) {
            return recorded;
        }
        Thread killer = new Thread(this::killAll, "traceoid-sweep-kill-runs");
        Runtime.getRuntime().addShutdownHook(killer);
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), runnable -> {
            Thread thread = new Thread(runnable, "traceoid-sweep-worker");
            thread.setDaemon(true);
            return thread;
        });
        try (ResourceControl control = ResourceControl.detect(why -> { });
                ResultsLog log = ResultsLog.append(resultsFile)) {
            listener.note("resources: " + control.mechanism());
            List<Future<?>> futures = new ArrayList<>();
            for (Pair pair : pending) {
                futures.add(pool.submit(() -> {
                    if (stopping) {
                        return null;
                    }
                    RunResult result = SolverRun.run(pair.instance(), pair.config(), settings,
                            logDir.resolve(pair.config().name()), control, live);
                    if (result == null || stopping) {
                        return null; // killed by the sweep's own shutdown: --resume runs it again
                    }
                    log.write(result);
                    String alarm = Verdicts.immediateAlarm(result);
                    if (alarm != null) {
                        listener.alarm(alarm);
                    }
                    listener.finished(result);
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException("a sweep worker failed: " + cause, cause);
                }
            }
        } finally {
            pool.shutdownNow();
            killAll();
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        return ResultsLog.read(resultsFile, listener::alarm);
    }

    private void killAll() {
        stopping = true;
        live.forEach(TreeRunner.Handle::stop);
    }
}
