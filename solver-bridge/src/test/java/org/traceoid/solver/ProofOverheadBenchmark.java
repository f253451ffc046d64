package org.traceoid.solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;

/**
 * The certified-solving benchmark behind bench/proof-overhead.sh (not a test). For each CNF
 * file given (the UNSAT instances of testdata/public), in one JVM: a warm-up pass over all
 * files, then {@code REPEAT} passes that each solve every file twice, alternating, with proof
 * logging off ({@code certify(false)}: no listener but the stop condition) and on (the default:
 * Sat4j's proof recorded in memory, then checked by our DratChecker). Sat4j's search is
 * deterministic, so both runs do the same search; the difference is the logging. Times are
 * Sat4j's search only (loading excluded) and the certification check; per file the median over
 * the passes. Prints one line per file and the medians of the ratios.
 *
 * <p>Arguments: {@code REPEAT TIMEOUT_SECONDS FILE...}; a file whose unlogged solve passes
 * the timeout in the warm-up is reported and left out.
 */
public final class ProofOverheadBenchmark {
    private ProofOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeat = Integer.parseInt(args[0]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[1]));
        List<Path> files = new ArrayList<>();
        List<Cnf> formulas = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Cnf cnf = DimacsReader.strict().read(file);
            CertifiedResult warm = Traceoid.solve(cnf, SolveOptions.builder().certify(false).timeout(timeout).build());
            if (warm.status() != SolveStatus.UNSATISFIABLE) {
                System.out.println("# skipped " + file.getFileName() + ": " + warm.status() + " within " + timeout.toSeconds() + " s");
                continue;
            }
            Traceoid.solve(cnf, SolveOptions.defaults());
            files.add(file);
            formulas.add(cnf);
        }
        long[][] off = new long[files.size()][repeat];
        long[][] on = new long[files.size()][repeat];
        long[][] check = new long[files.size()][repeat];
        long[] conflicts = new long[files.size()];
        for (int pass = 0; pass < repeat; pass++) {
            for (int f = 0; f < files.size(); f++) {
                CertifiedResult plain = Traceoid.solve(formulas.get(f), SolveOptions.builder().certify(false).build());
                CertifiedResult certified = Traceoid.solve(formulas.get(f), SolveOptions.defaults());
                if (!certified.certified() || certified.status() != SolveStatus.UNSATISFIABLE) {
                    throw new IllegalStateException(files.get(f) + ": " + certified.certificate());
                }
                off[f][pass] = plain.statistics().solveNanos();
                on[f][pass] = certified.statistics().solveNanos();
                check[f][pass] = certified.statistics().checkNanos();
                conflicts[f] = certified.statistics().conflicts();
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %9s %10s %10s %7s %10s %7s%n",
                "instance", "conflicts", "solve ms", "logged ms", "ratio", "check ms", "check/solve");
        double[] logRatios = new double[files.size()];
        double[] checkRatios = new double[files.size()];
        for (int f = 0; f < files.size(); f++) {
            double plainMs = median(off[f]) / 1e6;
            double loggedMs = median(on[f]) / 1e6;
            double checkMs = median(check[f]) / 1e6;
            logRatios[f] = loggedMs / plainMs;
            checkRatios[f] = checkMs / loggedMs;
            System.out.printf(Locale.ROOT, "%-22s %9d %10.2f %10.2f %7.2f %10.2f %7.2f%n", files.get(f).getFileName(),
                    conflicts[f], plainMs, loggedMs, logRatios[f], checkMs, checkRatios[f]);
        }
        System.out.printf(Locale.ROOT, "instances: %d, passes: %d%n", files.size(), repeat);
        System.out.printf(Locale.ROOT, "median solve time with proof logging / without: %.3f (target <= 1.15)%n",
                median(logRatios));
        System.out.printf(Locale.ROOT, "median certification time / solve time: %.3f (target <= 1.0)%n",
                median(checkRatios));
        long bigger = Arrays.stream(conflicts).filter(c -> c >= 1000).count();
        double[] bigLog = new double[(int) bigger];
        double[] bigCheck = new double[(int) bigger];
        for (int f = 0, b = 0; f < files.size(); f++) {
            if (conflicts[f] >= 1000) {
                bigLog[b] = logRatios[f];
                bigCheck[b++] = checkRatios[f];
            }
        }
        if (bigger > 0) {
            System.out.printf(Locale.ROOT, "the %d instances with >= 1000 conflicts: logging %.3f, certification %.3f%n",
                    bigger, median(bigLog), median(bigCheck));
        }
    }

    private static double median(long[] values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
