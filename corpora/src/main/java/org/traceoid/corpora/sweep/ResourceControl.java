package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How a sweep watches and limits the process tree of each run, chosen once per sweep, best
 * first, and written into every run's result:
 * <ol>
 *   <li>cgroup v2 with the memory controller: the kernel enforces {@code memory.max} and reports
 *       {@code memory.peak}, CPU time from {@code cpu.stat}, {@code cgroup.kill} for the tree
 *       (BenchExec's way);</li>
 *   <li>cgroup v2 without it (cgroup v1 owns memory, as on this project's build machine): CPU time,
 *       membership and kill from the cgroup, resident memory polled from {@code /proc};</li>
 *   <li>no usable cgroup: the tree found in {@code /proc} by parent links and process groups,
 *       CPU time and resident memory polled from it (runlim's way), the kill by process group.</li>
 * </ol>
 * Always, in the run's wrapper: rlimits for core dumps (none) and, under a CPU limit, per-process
 * CPU time (a backstop should the sweep itself hang). No address-space rlimit: JVMs and many
 * solvers reserve far more virtual memory than they touch, so it would fail runs that fit.
 * Polling every {@link #POLL_MILLIS} ms overshoots a fast allocation by what it allocates in one
 * interval; its peak is the largest sum of {@code VmRSS} seen, or the largest process's
 * kernel-kept {@code VmHWM} if that is higher, or what GNU time reports for the largest process
 * ({@link TreeRunner}).
 */
public final class ResourceControl implements AutoCloseable {
    static final int POLL_MILLIS = 50;
    /**
     * Without a cgroup, the tree is found by a scan of all of {@code /proc} every this many samples
     * (every 0.5 s) and only its known members are read in between: a full scan costs a few ms on a
     * machine with a few hundred processes, 75 ms of the sweep's CPU per second of a run when done
     * at every sample (bench/sweep-supervision.sh). A process started since the last scan is seen at
     * the next; its CPU time reaches its parent's once it is reaped.
     */
    static final int FULL_SCAN_EVERY = 10;
    private static final java.nio.file.Path GNU_TIME = java.nio.file.Path.of("/usr/bin/time");

    private final Cgroup2 cgroup;
    private final boolean proc;
    private final boolean gnuTime;

    private ResourceControl(Cgroup2 cgroup, boolean proc) {
        this.cgroup = cgroup;
        this.proc = proc;
        this.gnuTime = java.nio.file.Files.isExecutable(GNU_TIME);
    }

    /** Whether runs go under GNU time for the peak resident memory of their largest process. */
    boolean gnuTime() {
        return gnuTime;
    }

    /** Picks the best mechanism this machine allows; why better ones are out goes to {@code notes}. */
    public static ResourceControl detect(Consumer<String> notes) {
        Cgroup2 cgroup = Cgroup2.create(notes);
        return new ResourceControl(cgroup, ProcTable.available());
    }

    /** Without cgroups even where they are available: for tests of the polling path. */
    static ResourceControl polling() {
        return new ResourceControl(null, ProcTable.available());
    }

    /** The mechanism, as recorded with every run. */
    public String mechanism() {
        String rlimits = " + rlimits (core 0; per-process CPU under --limit cpu)"
                + (gnuTime ? " + GNU time (peak RSS of the largest process)" : "");
        if (cgroup != null && cgroup.limitsMemory()) {
            return "cgroup v2 (memory.max, memory.peak, cpu.stat, cgroup.kill)" + rlimits;
        }
        if (cgroup != null) {
            return "cgroup v2 (cpu.stat, cgroup.kill; no memory controller) + /proc polling of resident memory"
                    + rlimits;
        }
        if (proc) {
            return "/proc polling of the process tree (CPU time, resident memory) + process-group kill" + rlimits;
        }
        return "wall clock only (no /proc, no cgroup)";
    }

    /** One run's tree. */
    Tree open(String runName, RunLimits limits) throws IOException {
        Cgroup2.Run run = cgroup == null ? null
                : cgroup.newRun(runName, limits.memoryMb() * 1024L * 1024L);
        return new Tree(run);
    }

    /** What one sample of a run's tree shows. */
    record Sample(double cpuSeconds, long residentKb, long peakKb, boolean oomKilled) {
    }

    /** The processes of one run, from its wrapper down. */
    final class Tree {
        private final Cgroup2.Run run;
        private long root = -1;
        private double cpu;
        private long peakKb;
        private Set<Long> members = Set.of();
        private long samples;

        private Tree(Cgroup2.Run run) {
            this.run = run;
        }

        /** The cgroup the wrapper joins before it starts the solver, or null. */
        String cgroupDir() {
            return run == null ? null : run.dir().toString();
        }

        void started(long wrapperPid) {
            root = wrapperPid;
        }

        /** CPU and memory now; CPU and peak never go down between samples. */
        Sample sample() {
            long residentKb = -1;
            boolean oom = false;
            if (run != null) {
                cpu = Math.max(cpu, run.cpuSeconds());
                oom = run.oomKilled();
                if (run.currentKb() >= 0) {
                    residentKb = run.currentKb();
                    peakKb = Math.max(peakKb, Math.max(residentKb, run.peakKb()));
                } else {
                    residentKb = polledMemory(run.processes());
                }
            } else if (proc && root > 0) {
                Map<Long, ProcTable.Stat> table;
                if (samples++ % FULL_SCAN_EVERY == 0 || members.isEmpty()) {
                    table = ProcTable.scan();
                    members = ProcTable.tree(root, table);
                } else {
                    table = new HashMap<>();
                    for (long pid : members) {
                        ProcTable.Stat stat = ProcTable.stat(pid);
                        if (stat != null) {
                            table.put(pid, stat);
                        }
                    }
                }
                cpu = Math.max(cpu, ProcTable.cpuSeconds(members, table));
                residentKb = polledMemory(members);
            }
            return new Sample(cpu, residentKb, peakKb, oom);
        }

        private long polledMemory(Iterable<Long> pids) {
            long sum = 0;
            for (long pid : pids) {
                ProcTable.Memory memory = ProcTable.memory(pid);
                if (memory != null) {
                    sum += memory.residentKb();
                    peakKb = Math.max(peakKb, memory.peakKb());
                }
            }
            peakKb = Math.max(peakKb, sum);
            return sum;
        }

        /** The largest CPU time seen (after the end: also the cgroup's final count). */
        double cpuSeconds() {
            if (run != null) {
                cpu = Math.max(cpu, run.cpuSeconds());
            }
            return cpu;
        }

        long peakKb() {
            if (run != null && run.peakKb() > 0) {
                peakKb = Math.max(peakKb, run.peakKb());
            }
            return peakKb;
        }

        /** Kills the tree: the cgroup, else every member found in {@code /proc}. */
        void kill() {
            if (run != null) {
                run.kill();
            } else if (proc && root > 0) {
                Map<Long, ProcTable.Stat> table = ProcTable.scan();
                List<Long> members = ProcTable.tree(root, table).stream().filter(pid -> pid != root).toList();
                members.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            }
        }

        /** After the run: kill leftovers, remove the cgroup. */
        void close() {
            if (run != null) {
                run.remove();
            }
        }
    }

    @Override
    public void close() {
        if (cgroup != null) {
            cgroup.close();
        }
    }
}
