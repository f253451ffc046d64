package org.traceoid.alloy;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every command of every model shipped in Alloy's jar, with Alloy's own Sat4j and with Traceoid,
 * interleaved per command (Sat4j, Traceoid, Sat4j, Traceoid, ... for {@code rounds} rounds),
 * printing one tab-separated line per command: thread CPU time of each backend (median over the
 * rounds), their ratio, and both outcomes. Run by bench/alloy.sh (see docs/performance.md,
 * "Alloy"); arguments: MODELS_DIR [ROUNDS] [SAT_CALL_TIMEOUT_SECONDS] [ONLY_SUBSTRING]. A command
 * whose SAT call runs past the timeout with either solver is printed with verdict {@code unknown}.
 */
public final class AlloyBenchmark {
    private AlloyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double timeout = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        String only = args.length > 3 ? args[3] : "";
        org.traceoid.solver.SolveOptions options = org.traceoid.solver.SolveOptions.builder()
                .timeout(java.time.Duration.ofMillis((long) (timeout * 1000))).build();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.println("model\tcommand\tsat4j_cpu_s\ttraceoid_cpu_s\tratio\tsat4j\ttraceoid\tsat_calls\tcertificate");
        for (Path file : models(root)) {
            if (!file.toString().contains(only)) {
                continue;
            }
            AlloyModel model;
            try {
                model = AlloyModel.load(file, options);
            } catch (AlloyModelException e) {
                System.out.println(root.relativize(file) + "\t-\t-\t-\t-\terror\t" + e.getMessage());
                continue;
            }
            for (int c = 1; c <= model.commandCount(); c++) {
                double[] sat4j = new double[rounds];
                double[] traceoid = new double[rounds];
                CommandOutcome reference = null;
                CommandOutcome ours = null;
                try {
                    for (int r = 0; r < rounds; r++) {
                        long start = cpu.getCurrentThreadCpuTime();
                        reference = model.run(c, AlloyBackend.SAT4J);
                        sat4j[r] = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
                        start = cpu.getCurrentThreadCpuTime();
                        ours = model.run(c, AlloyBackend.TRACEOID);
                        traceoid[r] = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
                    }
                } catch (AlloyModelException e) {
                    System.out.println(root.relativize(file) + "\t" + c + " " + model.describe(c) + "\t-\t-\t-\terror\terror\t-\t"
                            + e.getMessage());
                    continue;
                }
                double a = median(sat4j);
                double b = median(traceoid);
                System.out.printf(Locale.ROOT, "%s\t%d %s\t%.3f\t%.3f\t%.2f\t%s\t%s\t%d\t%s%n", root.relativize(file), c,
                        reference.command(), a, b, b / Math.max(a, 1e-6), reference.describeVerdict(), ours.describeVerdict(),
                        ours.solverCalls(), ours.certificate());
                System.out.flush();
            }
        }
    }

    static List<Path> models(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".als")).sorted().toList();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}
