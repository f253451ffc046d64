package org.traceoid.proofcheck;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;

/**
 * A bare command line around {@link DratChecker} for timing against drat-trim
 * ({@code bench/proof-check-vs-drat-trim.sh}) and for handing our LRAT to other checkers:
 * {@code CheckMain CNF PROOF [LRAT-OUT]}. Prints the verdict line and
 * {@code c time <seconds>}: reading plus checking, the span drat-trim's own total covers.
 */
public final class CheckMain {
    private CheckMain() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Cnf cnf = DimacsReader.strict().read(Path.of(args[0]));
        CheckOptions options = CheckOptions.builder().recordLrat(args.length > 2).build();
        CheckResult result = new DratChecker(options).check(cnf, Path.of(args[1]));
        long end = System.nanoTime();
        if (args.length > 2 && result.isVerified()) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])))) {
                result.writeLrat(out, false);
            }
        }
        for (String line : result.summary()) {
            System.out.println("c " + line);
        }
        System.out.println(result.verdict().line());
        System.out.printf(java.util.Locale.ROOT, "c time %.3f%n", (end - start) / 1e9);
        System.exit(result.verdict().exitCode());
    }
}
