package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one command as a process tree under {@link RunLimits}, watched by a
 * {@link ResourceControl}, and reports what it measured.
 *
 * <p>The command runs under a small bash wrapper that joins the run's cgroup (if any), sets the
 * rlimits, starts the command in a process group of its own ({@code set -m}) and keeps a watcher
 * that reads the wrapper's stdin, a pipe from this JVM. The watcher kills the run's process group
 * (and cgroup) when that pipe closes: when the runner closes it at a limit, and when the sweep's
 * JVM dies in any way, {@code kill -9} included, since the kernel closes a dead process's pipes. So
 * no solver outlives its sweep, without polling and without trusting PIDs that may be reused.
 * The wrapper finally writes bash's {@code times} (the CPU time of everything it waited for), the
 * CPU time where no cgroup counts it. Where GNU time is installed ({@code /usr/bin/time}), the command
 * runs under it for the kernel's exact peak resident memory of its largest process
 * ({@code wait4}'s {@code ru_maxrss}), which also a run too short for one poll gets.
 */
final class TreeRunner {
    private static final Path BASH = Path.of("/bin/bash");
    static final String WRAPPER = String.join("\n",
            "cg=\"${TRACEOID_RUN_CGROUP:-}\"",
            "if [ -n \"$cg\" ]; then echo $$ > \"$cg/cgroup.procs\" || { echo \"traceoid-run: cannot join $cg\" >&2; exit 125; }; fi",
            "ulimit -c 0 2>/dev/null",
            "if [ -n \"${TRACEOID_RUN_CPU_LIMIT:-}\" ]; then ulimit -t \"$TRACEOID_RUN_CPU_LIMIT\"; fi",
            "set -m",
            "if [ -n \"${TRACEOID_RUN_RSS:-}\" ]; then",
            "  /usr/bin/time -q -f %M -o \"$TRACEOID_RUN_RSS\" \"$@\" </dev/null &",
            "else",
            "  \"$@\" </dev/null &",
            "fi",
            "child=$!",
            "{ read -r _; kill -KILL -- -$child; [ -n \"$cg\" ] && echo 1 > \"$cg/cgroup.kill\"; } 2>/dev/null &",
            "watcher=$!",
            "wait $child 2>/dev/null",
            "rc=$?",
            "kill -KILL -- -$child 2>/dev/null",
            "kill -KILL $watcher 2>/dev/null",
            "times > \"$TRACEOID_RUN_TIMES\" 2>/dev/null",
            "exit $rc");
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([0-9.]+)s\\s+(\\d+)m([0-9.]+)s");

    private TreeRunner() {
    }

    /** How a run ended, as the runner saw it. */
    enum Ending {
        /** The tree ended by itself. */
        EXITED,
        /** Killed past the time limit (or the wall-clock backstop). */
        TIME_LIMIT,
        /** Killed at the memory limit, or the kernel's OOM killer struck in its cgroup. */
        MEMORY_LIMIT,
        /** Killed because the sweep is stopping: not a result. */
        STOPPED
    }

    /** What was measured; {@code peakKb} and {@code cpuSeconds} are 0 where nothing could measure them. */
    record Measurement(int exitCode, double wallSeconds, double cpuSeconds, long peakKb, Ending ending,
            String mechanism) {
        double peakMb() {
            return Math.round(peakKb / 1024.0 * 10) / 10.0;
        }
    }

    /** A run in progress, for the sweep to stop. */
    static final class Handle {
        private final Process process;
        private final ResourceControl.Tree tree;
        private volatile boolean stopped;

        Handle(Process process, ResourceControl.Tree tree) {
            this.process = process;
            this.tree = tree;
        }

        void stop() {
            stopped = true;
            kill();
        }

        void kill() {
            try {
                process.getOutputStream().close(); // the wrapper's watcher kills the process group
            } catch (IOException e) {
                // already closed
            }
            tree.kill();
        }
    }

    /**
     * Runs {@code command} with stdout and stderr to the given files, {@code scratch} for the
     * wrapper's own file; {@code live} holds the run while it runs.
     */
    static Measurement run(List<String> command, Map<String, String> environment, Path stdout, Path stderr,
            Path scratch, RunLimits limits, ResourceControl control, String runName, java.util.Set<Handle> live)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(BASH)) {
            throw new IOException("the sweep needs /bin/bash to run solvers");
        }
        Path times = scratch.resolveSibling(scratch.getFileName() + ".times");
        Path rss = scratch.resolveSibling(scratch.getFileName() + ".rss");
        ResourceControl.Tree tree = control.open(runName, limits);
        List<String> full = new ArrayList<>(List.of(BASH.toString(), "-c", WRAPPER, "traceoid-run"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("TRACEOID_RUN_TIMES", times.toAbsolutePath().toString());
        if (control.gnuTime()) {
            builder.environment().put("TRACEOID_RUN_RSS", rss.toAbsolutePath().toString());
        }
        if (tree.cgroupDir() != null) {
            builder.environment().put("TRACEOID_RUN_CGROUP", tree.cgroupDir());
        }
        if (limits.kind() == RunLimits.Kind.CPU) {
            // Per process, so only a backstop (should the sweep hang): the runner's own check sums the tree
            // and comes first. Half the limit again above it: the kernel fires RLIMIT_CPU up to 10% before
            // the CPU time it reports (measured here: SIGKILL at 2.7 s of a 3 s limit).
            builder.environment().put("TRACEOID_RUN_CPU_LIMIT",
                    Long.toString((long) Math.ceil(1.5 * limits.killCpuSeconds()) + 5));
        }
        long limitKb = limits.memoryMb() * 1024L;
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            tree.close();
            throw e;
        }
        tree.started(process.pid());
        Handle handle = new Handle(process, tree);
        live.add(handle);
        Ending ending = Ending.EXITED;
        try {
            while (!process.waitFor(ResourceControl.POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                double wall = (System.nanoTime() - start) / 1e9;
                ResourceControl.Sample sample = tree.sample();
                if (handle.stopped) {
                    ending = Ending.STOPPED;
                } else if (sample.oomKilled() || sample.residentKb() > limitKb) {
                    ending = Ending.MEMORY_LIMIT;
                } else if (sample.cpuSeconds() > limits.killCpuSeconds() || wall > limits.killWallSeconds()) {
                    ending = Ending.TIME_LIMIT;
                } else {
                    continue;
                }
                handle.kill();
                break;
            }
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            handle.kill();
            process.destroyForcibly();
            throw e;
        } finally {
            live.remove(handle);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (ending == Ending.EXITED && tree.sample().oomKilled()) {
            ending = Ending.MEMORY_LIMIT; // the kernel killed a process at memory.max and the rest gave up
        }
        if (handle.stopped) {
            ending = Ending.STOPPED;
        }
        double cpu = Math.max(tree.cpuSeconds(), cpuFromTimes(times));
        long peak = Math.max(tree.peakKb(), largestProcessKb(rss));
        tree.close();
        Files.deleteIfExists(times);
        Files.deleteIfExists(rss);
        return new Measurement(process.exitValue(), wall, cpu, peak, ending, control.mechanism());
    }

    /** GNU time's {@code %M}: the peak resident memory of the largest process it waited for, in kB; or 0. */
    private static long largestProcessKb(Path rss) {
        try {
            List<String> lines = Files.readAllLines(rss);
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
            return last.matches("\\d+") ? Long.parseLong(last) : 0;
        } catch (IOException e) {
            return 0; // killed with its run, or no GNU time
        }
    }

    /** The second line of bash's {@code times}: user and system time of the children. */
    private static double cpuFromTimes(Path times) {
        try {
            List<String> lines = Files.readAllLines(times);
            if (lines.size() >= 2) {
                Matcher m = TIMES.matcher(lines.get(1));
                if (m.find()) {
                    return Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                            + Long.parseLong(m.group(3)) * 60 + Double.parseDouble(m.group(4));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // killed before it could write (its cgroup counted the time)
        }
        return -1;
    }
}
