package org.traceoid.solver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.cnf.testing.RandomCnf;

/**
 * The DIMACS load benchmark behind bench/dimacs-load.sh (not a test): one measurement per JVM,
 * so that each starts from the same heap. Modes:
 * <ul>
 *   <li>{@code generate FILE N M SEED} writes uniform random 3-SAT;</li>
 *   <li>{@code ours-parse FILE}: our {@code DimacsReader} only;</li>
 *   <li>{@code ours-ready FILE}: our reader, then {@code Sat4jLoader} into a fresh solver;</li>
 *   <li>{@code sat4j-ready FILE}: Sat4j's own {@code org.sat4j.reader.DimacsReader} into a solver.</li>
 * </ul>
 * Prints one line: {@code mode seconds MB/s heap-after-GC-MB extra}.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args[1]);
        if (mode.equals("generate")) {
            Cnf cnf = RandomCnf.uniform(3, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Long.parseLong(args[4]));
            DimacsWriter.write(cnf, file, List.of("uniform random 3-SAT, seed " + args[4]));
            return;
        }
        double megabytes = Files.size(file) / 1e6;
        long start = System.nanoTime();
        Object keep;
        String extra = "";
        switch (mode) {
            case "ours-parse" -> {
                Cnf cnf = DimacsReader.strict().read(file);
                keep = cnf;
                extra = String.format(Locale.ROOT, "storage %.2f bytes/literal+4/clause",
                        (cnf.storageBytes() - 4.0 * (cnf.clauseCount() + 1)) / cnf.literalCount());
            }
            case "ours-ready" -> {
                Cnf cnf = DimacsReader.strict().read(file);
                long parsed = System.nanoTime();
                ISolver solver = Sat4jConfiguration.newSolver();
                Sat4jLoader.load(cnf, solver);
                keep = new Object[] {cnf, solver};
                extra = String.format(Locale.ROOT, "parse %.2f s + load %.2f s", (parsed - start) / 1e9,
                        (System.nanoTime() - parsed) / 1e9);
            }
            case "sat4j-ready" -> {
                ISolver solver = Sat4jConfiguration.newSolver();
                try {
                    new org.sat4j.reader.DimacsReader(solver).parseInstance(file.toString());
                } catch (ContradictionException trivial) {
                    // still loaded as far as Sat4j goes
                }
                keep = solver;
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        extra = String.format(Locale.ROOT, "cpu %.2f s (process, GC included) %s", cpuSeconds, extra);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "%s %.3f %.1f %.0f %s%n", mode, seconds, megabytes / seconds, heap / 1e6, extra);
        if (System.identityHashCode(keep) == 42) {
            System.out.print(""); // keeps the loaded structures reachable until the heap was measured
        }
    }

}
