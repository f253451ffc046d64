package org.traceoid.proofcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;

/**
 * Times our DRAT check for {@code bench/proof-check-vs-drat-trim.sh}: reads lines
 * {@code name cnf proof} from the file given as argument and prints {@code name seconds verdict}
 * per line, seconds being the median of {@code runs} (default 3) in-process runs of read formula +
 * read proof + check: the span drat-trim's "verification time" covers. All instances run once
 * first so that the JIT has compiled the checker before anything is timed.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String line : lines) { // warm-up
            String[] f = line.trim().split("\\s+");
            once(Path.of(f[1]), Path.of(f[2]));
        }
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            double[] times = new double[runs];
            String verdict = "";
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                verdict = once(Path.of(f[1]), Path.of(f[2]));
                times[r] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%s %.4f %s%n", f[0], times[runs / 2], verdict);
        }
    }

    private static String once(Path cnfFile, Path proofFile) throws Exception {
        Cnf cnf = DimacsReader.strict().read(cnfFile);
        CheckResult result = new DratChecker(CheckOptions.defaults()).check(cnf, proofFile);
        return result.isVerified() ? "VERIFIED" : "NOT_VERIFIED";
    }
}
