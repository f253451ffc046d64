package org.traceoid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.gnn.ModelStore;
import org.traceoid.gnn.VariableRanker;
import org.traceoid.gnn.layers.GnnConfig;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.Guidance;
import org.traceoid.solver.GuidanceReport;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.SolveSession;

/**
 * Plain vs GNN-guided Sat4j in one JVM, instance by instance (bench/guidance.sh; not a test).
 * Per instance and configuration: status, whether certified, wall time of the whole solve
 * (ranking, search and certification; the engine is started once before timing), conflicts,
 * decisions, inference time. Then per group (the first path component under each root):
 * solved, PAR-2 over certified answers only, and median guided/plain ratios of time, conflicts
 * and decisions over instances both solved.
 *
 * <pre>GuidanceBenchmark TIMEOUT_S MODEL_DIR|default|seeded GROUP=DIR... </pre>
 */
public final class GuidanceBenchmark {
    record Row(String group, String instance, String config, SolveStatus status, boolean certified, double seconds,
               long conflicts, long decisions, double inferenceSeconds, String guidance) {
    }

    public static void main(String[] args) throws IOException {
        double timeout = Double.parseDouble(args[0]);
        VariableRanker ranker = switch (args[1]) {
            case "seeded" -> VariableRanker.seeded(GnnConfig.defaults(), 0);
            case "default" -> ModelStore.loadDefault();
            default -> ModelStore.load(Path.of(args[1]));
        };
        ranker.rank(Cnf.of(3, new int[] {1, 2}, new int[] {-2, 3})); // engine start-up, outside the timings
        Map<String, Guidance> configs = new LinkedHashMap<>();
        configs.put("plain", null);
        for (Guidance.Retention retention : Guidance.Retention.values()) {
            configs.put(retention.name().toLowerCase(Locale.ROOT), Guidance.builder(ranker::rank).retention(retention)
                    .minVariables(0).budgetCap(Duration.ofSeconds(10)).build());
        }
        SolveOptions options = SolveOptions.builder().timeout(Duration.ofNanos((long) (timeout * 1e9))).build();
        List<Row> rows = new ArrayList<>();
        System.out.println("group,instance,config,status,certified,seconds,conflicts,decisions,inference_s,guidance");
        for (int a = 2; a < args.length; a++) {
            String[] groupDir = args[a].split("=", 2);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(groupDir[1]))) {
                files = walk.filter(f -> f.toString().matches(".*\\.cnf(\\.xz|\\.gz)?$")).sorted().toList();
            }
            for (Path file : files) {
                Cnf cnf = DimacsReader.strict().read(file);
                for (Map.Entry<String, Guidance> config : configs.entrySet()) {
                    SolveSession session = new SolveSession(cnf, options, config.getValue());
                    long start = System.nanoTime();
                    CertifiedResult result = session.run();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    GuidanceReport report = session.guidanceReport().orElse(null);
                    Row row = new Row(groupDir[0], file.getFileName().toString(), config.getKey(), result.status(),
                            result.certified(), seconds, result.statistics().conflicts(), result.statistics().decisions(),
                            report == null ? 0 : report.inferenceNanos() / 1e9,
                            report == null ? "none" : report.describe().replace(',', ';'));
                    rows.add(row);
                    System.out.printf(Locale.ROOT, "%s,%s,%s,%s,%b,%.4f,%d,%d,%.4f,%s%n", row.group(), row.instance(),
                            row.config(), row.status(), row.certified(), row.seconds(), row.conflicts(), row.decisions(),
                            row.inferenceSeconds(), row.guidance());
                }
            }
        }
        summary(rows, timeout, configs.keySet());
        ranker.close();
    }

    private static void summary(List<Row> rows, double timeout, Iterable<String> configs) {
        System.out.println();
        System.out.println("| group | config | instances | solved (certified) | PAR-2 (s) | median time ratio"
                + " | median conflicts ratio | median decisions ratio | median inference (s) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        List<String> groups = rows.stream().map(Row::group).distinct().toList();
        for (String group : groups) {
            Map<String, Row> plain = new LinkedHashMap<>();
            rows.stream().filter(r -> r.group().equals(group) && r.config().equals("plain"))
                    .forEach(r -> plain.put(r.instance(), r));
            for (String config : configs) {
                List<Row> mine = rows.stream().filter(r -> r.group().equals(group) && r.config().equals(config)).toList();
                long solved = mine.stream().filter(GuidanceBenchmark::solved).count();
                double par2 = mine.stream().mapToDouble(r -> solved(r) ? r.seconds() : 2 * timeout).sum() / mine.size();
                List<Double> time = new ArrayList<>();
                List<Double> conflicts = new ArrayList<>();
                List<Double> decisions = new ArrayList<>();
                for (Row r : mine) {
                    Row p = plain.get(r.instance());
                    if (p != null && solved(p) && solved(r)) {
                        time.add(r.seconds() / Math.max(1e-4, p.seconds()));
                        conflicts.add((r.conflicts() + 1.0) / (p.conflicts() + 1.0));
                        decisions.add((r.decisions() + 1.0) / (p.decisions() + 1.0));
                    }
                }
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.4f |%n", group, config,
                        mine.size(), solved, par2, median(time), median(conflicts), median(decisions),
                        median(mine.stream().map(Row::inferenceSeconds).toList()));
            }
        }
    }

    private static boolean solved(Row row) {
        return row.status() != SolveStatus.UNKNOWN && row.certified();
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private GuidanceBenchmark() {
    }
}
