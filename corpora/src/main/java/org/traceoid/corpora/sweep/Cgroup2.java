package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A cgroup v2 directory of the sweep's own, {@code traceoid-sweep-PID} below the cgroup the
 * sweep runs in, with one child per run, as BenchExec does it: the kernel then tracks every
 * process of a run (also one that left the process group or was re-parented), sums its CPU time
 * including exited processes ({@code cpu.stat}), kills it at once ({@code cgroup.kill}) and,
 * where the memory controller is delegated to us, limits and measures its memory
 * ({@code memory.max}, {@code memory.peak}, {@code memory.events}). Where the memory controller
 * is not available (cgroup v1 owns it, or it is not delegated) the cgroup still tracks, times
 * and kills, and memory is polled from {@code /proc} ({@link ResourceControl}).
 *
 * <p>We never change a cgroup we did not create: enabling a controller higher up would change the
 * machine for everyone on it.
 */
final class Cgroup2 {
    static final String PREFIX = "traceoid-sweep-";

    private final Path dir;
    private final boolean memory;

    private Cgroup2(Path dir, boolean memory) {
        this.dir = dir;
        this.memory = memory;
    }

    /** Whether runs get {@code memory.max}. */
    boolean limitsMemory() {
        return memory;
    }

    Path dir() {
        return dir;
    }

    /**
     * The sweep's cgroup, or null (with the reason given to {@code notes}) where cgroup v2 is not
     * mounted, not writable, or a process cannot be moved into it.
     */
    static Cgroup2 create(Consumer<String> notes) {
        Path base = ownCgroup();
        if (base == null) {
            notes.accept("no cgroup v2 hierarchy");
            return null;
        }
        removeStale(base);
        Path dir = base.resolve(PREFIX + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            notes.accept("cgroup v2 at " + base + " is not writable");
            return null;
        }
        boolean memory = false;
        try {
            if (List.of(read(dir.resolve("cgroup.controllers")).split("\\s+")).contains("memory")) {
                write(dir.resolve("cgroup.subtree_control"), "+memory");
                memory = true;
            }
        } catch (IOException e) {
            memory = false;
        }
        Cgroup2 cgroup = new Cgroup2(dir, memory);
        if (!cgroup.canMoveProcesses()) {
            cgroup.close();
            notes.accept("cannot move processes into cgroups under " + base);
            return null;
        }
        return cgroup;
    }

    /** The cgroup v2 directory this JVM is in, or null. */
    static Path ownCgroup() {
        try {
            Path mount = null;
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"))) {
                // "36 25 0:31 / /sys/fs/cgroup/unified rw,... - cgroup2 cgroup2 rw,..."
                String[] halves = line.split(" - ", 2);
                if (halves.length == 2 && halves[1].startsWith("cgroup2 ")) {
                    String[] fields = halves[0].split(" ");
                    if (fields.length > 4 && fields[3].equals("/")) {
                        mount = Path.of(fields[4].replace("\\040", " "));
                        break;
                    }
                }
            }
            if (mount == null) {
                return null;
            }
            for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
                if (line.startsWith("0::")) {
                    String own = line.substring(3);
                    Path path = own.equals("/") ? mount : mount.resolve(own.substring(1));
                    return Files.isDirectory(path) ? path : null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Removes empty cgroups of sweeps that are gone; one still holding processes is left alone. */
    private static void removeStale(Path base) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path stale : entries) {
                String pid = stale.getFileName().toString().substring(PREFIX.length());
                if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    try (DirectoryStream<Path> runs = Files.newDirectoryStream(stale, "*")) {
                        for (Path run : runs) {
                            if (Files.isDirectory(run)) {
                                Files.deleteIfExists(run);
                            }
                        }
                    }
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not empty (orphans still in it) or not ours to remove: leave it
        }
    }

    /** Whether a shell can join a child cgroup (writing {@code cgroup.procs} needs rights on both ends). */
    private boolean canMoveProcesses() {
        Path probe = dir.resolve("probe");
        try {
            Files.createDirectories(probe);
            Process shell = new ProcessBuilder("/bin/sh", "-c", "echo $$ > \"$1\"/cgroup.procs", "sh", probe.toString())
                    .redirectErrorStream(true).start();
            shell.getInputStream().readAllBytes();
            return shell.waitFor(10, TimeUnit.SECONDS) && shell.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            removeQuietly(probe);
        }
    }

    /** A new cgroup for one run, with {@code memory.max} where we may set it. */
    Run newRun(String name, long memoryLimitBytes) throws IOException {
        Path run = dir.resolve(name);
        Files.createDirectories(run);
        if (memory) {
            write(run.resolve("memory.max"), Long.toString(memoryLimitBytes));
            Path swap = run.resolve("memory.swap.max");
            if (Files.exists(swap)) {
                write(swap, "0"); // swapping would hide memory use and slow the run instead of ending it
            }
        }
        return new Run(run, memory);
    }

    /** One run's cgroup. */
    static final class Run {
        private final Path dir;
        private final boolean memory;

        Run(Path dir, boolean memory) {
            this.dir = dir;
            this.memory = memory;
        }

        Path dir() {
            return dir;
        }

        List<Long> processes() {
            List<Long> pids = new ArrayList<>();
            try {
                for (String line : read(dir.resolve("cgroup.procs")).split("\n")) {
                    if (!line.isBlank()) {
                        pids.add(Long.parseLong(line.strip()));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // removed
            }
            return pids;
        }

        /** CPU seconds of every process that was ever in the group ({@code usage_usec}), or -1. */
        double cpuSeconds() {
            String value = field(dir.resolve("cpu.stat"), "usage_usec");
            return value == null ? -1 : Long.parseLong(value) / 1e6;
        }

        /** {@code memory.current} in kB, or -1 without the memory controller. */
        long currentKb() {
            return memory ? bytes("memory.current") / 1024 : -1;
        }

        /** {@code memory.peak} in kB (Linux 5.19+), or -1. */
        long peakKb() {
            return memory ? bytes("memory.peak") / 1024 : -1;
        }

        /** Whether the kernel's OOM killer struck inside the group (it hit {@code memory.max}). */
        boolean oomKilled() {
            String kills = memory ? field(dir.resolve("memory.events"), "oom_kill") : null;
            return kills != null && Long.parseLong(kills) > 0;
        }

        /** Kills every process in the group: {@code cgroup.kill} (Linux 5.14+), else one by one. */
        void kill() {
            try {
                write(dir.resolve("cgroup.kill"), "1");
                return;
            } catch (IOException e) {
                // older kernel
            }
            for (long pid : processes()) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }

        /** Kills what is left, waits until the group is empty (up to 2 s), removes it. */
        void remove() {
            kill();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (!processes().isEmpty() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            removeQuietly(dir);
        }

        private long bytes(String file) {
            try {
                String text = read(dir.resolve(file)).strip();
                return text.equals("max") ? Long.MAX_VALUE : Long.parseLong(text);
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }
    }

    /** Removes the sweep's cgroup (its runs are removed as they end). */
    void close() {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(dir)) {
            for (Path run : runs) {
                if (Files.isDirectory(run)) {
                    new Run(run, memory).remove();
                }
            }
        } catch (IOException | RuntimeException e) {
            // already gone
        }
        removeQuietly(dir);
    }

    private static void removeQuietly(Path cgroup) {
        try {
            Files.deleteIfExists(cgroup); // rmdir: a cgroup's files are not real files
        } catch (IOException | RuntimeException e) {
            // still populated: the kernel refuses; the next sweep's stale check retries
        }
    }

    private static String field(Path file, String key) {
        try {
            for (String line : read(file).split("\n")) {
                if (line.startsWith(key + " ")) {
                    return line.substring(key.length() + 1).strip();
                }
            }
        } catch (IOException e) {
            // removed
        }
        return null;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.US_ASCII);
    }

    static void write(Path file, String value) throws IOException {
        Files.writeString(file, value, StandardCharsets.US_ASCII);
    }
}
