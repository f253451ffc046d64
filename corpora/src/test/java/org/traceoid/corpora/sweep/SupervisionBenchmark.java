package org.traceoid.corpora.sweep;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What watching a run costs (docs/performance.md, "Sweeps"): the same command run bare (a plain
 * {@link ProcessBuilder} and {@code waitFor}, the baseline), under {@link TreeRunner} with the best
 * mechanism here, and under {@code /proc} polling alone, interleaved round by round. Two commands:
 * {@code true} (the fixed cost per run: wrapper, cgroup, files) and {@code sleep 1} (the cost per
 * second of a run: one sample every {@link ResourceControl#POLL_MILLIS} ms). Measured per run: wall
 * clock (median), and the CPU time of this JVM itself (the runner's work, children excluded; mean, as the
 * JVM counts it in 10 ms ticks).
 * Not a test: {@code bench/sweep-supervision.sh [ROUNDS]}.
 */
public final class SupervisionBenchmark {
    private SupervisionBenchmark() {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path dir = Files.createTempDirectory("supervision");
        RunLimits limits = new RunLimits(60, 1024, RunLimits.Kind.CPU);
        try (ResourceControl best = ResourceControl.detect(w -> { }); ResourceControl polling = ResourceControl.polling()) {
            System.out.println("best mechanism here: " + best.mechanism());
            for (String command : List.of("true", "sleep 1")) {
                List<List<double[]>> samples = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                for (int round = -2; round < rounds; round++) { // two warm-up rounds
                    for (int way = 0; way < 3; way++) {
                        double[] measured = way == 0 ? bare(command, dir)
                                : supervised(command, dir, limits, way == 1 ? best : polling);
                        if (round >= 0) {
                            samples.get(way).add(measured);
                        }
                    }
                }
                String[] names = {"bare ProcessBuilder", "TreeRunner, best", "TreeRunner, /proc polling"};
                double baseWall = median(samples.get(0), 0);
                for (int way = 0; way < 3; way++) {
                    double wall = median(samples.get(way), 0);
                    System.out.printf(Locale.ROOT, "%-10s %-27s wall %8.1f ms (%.2fx bare), runner CPU %6.1f ms per run%n",
                            command, names[way], wall * 1000, wall / baseWall, mean(samples.get(way), 1) * 1000);
                }
            }
        }
    }

    private static double[] bare(String command, Path dir) throws Exception {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectOutput(dir.resolve("out").toFile())
                .redirectError(dir.resolve("err").toFile()).start();
        process.waitFor();
        return new double[] {(System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9};
    }

    private static double[] supervised(String command, Path dir, RunLimits limits, ResourceControl control)
            throws Exception {
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        TreeRunner.run(List.of("/bin/sh", "-c", command), Map.of(), dir.resolve("out"), dir.resolve("err"),
                dir.resolve("scratch"), limits, control, "bench-" + System.nanoTime(), new HashSet<>());
        return new double[] {(System.nanoTime() - start) / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9};
    }

    /** The mean, for CPU time: the JVM counts it in 10 ms ticks, so a median of single runs says 0 or 10. */
    private static double mean(List<double[]> samples, int field) {
        return samples.stream().mapToDouble(s -> s[field]).average().orElse(0);
    }

    private static double median(List<double[]> samples, int field) {
        double[] values = samples.stream().mapToDouble(s -> s[field]).sorted().toArray();
        return values[values.length / 2];
    }
}
