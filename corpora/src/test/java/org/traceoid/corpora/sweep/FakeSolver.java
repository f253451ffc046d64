package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for {@code traceoid solve} started by the runner in tests: its first argument
 * after {@code solve} picks a behaviour, so each failure mode of a run happens for real in a
 * child JVM (a heap exhausted under -Xmx, a hang past the limit, a crash) at little cost.
 */
public final class FakeSolver {
    private FakeSolver() {
    }

    public static void main(String[] args) throws InterruptedException {
        // args: "solve", the configuration's options, then the runner's --no-model --timeout T FILE
        String mode = args.length > 1 ? args[1] : "";
        switch (mode) {
            case "--fake=sat" -> answer("s SATISFIABLE", "c certified: model satisfies all 3 clauses", 10);
            case "--fake=unsat" -> answer("s UNSATISFIABLE", "c certified: DRAT proof verified (3 lemmas, core 2 clauses) in 0.001 s", 20);
            case "--fake=unsat-uncertified" -> answer("s UNSATISFIABLE",
                    "c UNSAT answer not certified: proof checking not available yet", 20);
            case "--fake=certification-failed" -> {
                System.err.println("traceoid: certification failed: clause 2 is falsified by the model");
                System.exit(3);
            }
            case "--fake=hang" -> {
                System.out.println("c hanging");
                System.out.flush();
                Thread.sleep(600_000);
            }
            case "--fake=oom" -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 16]);
                }
            }
            case "--fake=crash" -> Runtime.getRuntime().halt(134);
            case "--fake=throw" -> {
                System.err.println("c a warning first");
                throw new IllegalStateException("the fake solver broke", new ArithmeticException("deep cause"));
            }
            default -> {
                System.err.println("traceoid: unknown option '" + mode + "'");
                System.exit(1);
            }
        }
    }

    private static void answer(String status, String certificate, int exitCode) {
        System.out.println("c fake solver");
        System.out.println(certificate);
        System.out.println(status);
        System.exit(exitCode);
    }
}
