package org.traceoid.solver.preprocess;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.SearchListenerAdapter;
import org.sat4j.specs.TimeoutException;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.solver.DratProofWriter;
import org.traceoid.solver.Sat4jRefuter;

/**
 * The preprocessing benchmark behind bench/preprocess.sh (not a test). Modes:
 * <ul>
 *   <li>{@code time REPEAT FILE...}: per file, REPEAT preprocessing runs in this JVM (the first
 *       one cold); prints the statistics line and the CPU time of each run;</li>
 *   <li>{@code solve TIMEOUT_S FILE...}: per file, preprocessing (its CPU time), then for each
 *       Sat4j configuration ({@code newDefault}, {@code newDefaultAutoErasePhaseSaving}) the
 *       original and the simplified formula solved in alternating order (paired, same run),
 *       CPU time of the solving thread, a CPU-time limit of TIMEOUT_S each. Models of the
 *       simplified formula are reconstructed and checked against the original. One
 *       tab-separated row per file and configuration.</li>
 *   <li>{@code proof FILE PROOF}: preprocesses FILE and solves the rest with Sat4j (our
 *       configuration), writing one text DRAT proof, preprocessing steps then Sat4j's, to PROOF,
 *       for checking with drat-trim against FILE; prints the answer and the statistics line.</li>
 * </ul>
 * {@code -Dticks=N} sets the tick budget (default: {@link PreprocessOptions#defaults()}'s). No proof is
 * written here: certification costs are measured by bench/proof-overhead.sh.
 */
public final class PreprocessBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ProofListener NO_PROOF = new ProofListener() { };

    private PreprocessBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "time" -> {
                int repeat = Integer.parseInt(args[1]);
                for (int i = 2; i < args.length; i++) {
                    time(Path.of(args[i]), repeat);
                }
            }
            case "solve" -> {
                int timeout = Integer.parseInt(args[1]);
                System.out.println("file\tvars\tclauses\tvars_after\tclauses_after\tpre_cpu_s\tconfiguration"
                        + "\tstatus\tcpu_s\tstatus_pre\tcpu_pre_s\tratio");
                for (int i = 2; i < args.length; i++) {
                    solve(Path.of(args[i]), timeout, i % 2 == 0);
                }
            }
            case "proof" -> proof(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    /** The defaults, or with {@code -Dticks=N} another tick budget. */
    private static PreprocessOptions options() {
        String ticks = System.getProperty("ticks");
        return ticks == null ? PreprocessOptions.defaults()
                : PreprocessOptions.builder().tickBudget(Long.parseLong(ticks)).build();
    }

    private static void time(Path file, int repeat) throws IOException {
        long readStart = System.nanoTime();
        Cnf cnf = DimacsReader.strict().read(file);
        System.out.printf(Locale.ROOT, "%s: %d variables, %d clauses, %d literals, read in %.2f s%n", file,
                cnf.variableCount(), cnf.clauseCount(), cnf.literalCount(), (System.nanoTime() - readStart) / 1e9);
        Preprocessor preprocessor = new Preprocessor(options());
        for (int run = 0; run < repeat; run++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            PreprocessResult result = preprocessor.run(cnf, NO_PROOF, () -> false);
            cpu = THREADS.getCurrentThreadCpuTime() - cpu;
            PreprocessStatistics s = result.statistics();
            StringBuilder phases = new StringBuilder();
            for (TechniqueStatistics t : s.techniques()) {
                phases.append(String.format(Locale.ROOT, " %s %.2f s", t.technique().label(), t.nanos() / 1e9));
            }
            System.out.printf(Locale.ROOT, "run %d: cpu %.2f s, %d Mticks;%s%n  %s%n", run + 1, cpu / 1e9,
                    s.ticks() / 1_000_000, phases, s);
        }
    }

    private static void proof(Path file, Path proofFile) throws IOException {
        Cnf cnf = DimacsReader.strict().read(file);
        try (DratProofWriter proof = DratProofWriter.open(proofFile, false)) {
            PreprocessResult result = new Preprocessor(options()).run(cnf, proof, () -> false);
            SolveStatus status = result.decided().orElse(null);
            if (status == null) {
                status = Sat4jRefuter.solve(result.simplified(), proof).isPresent()
                        ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE;
            }
            System.out.println(file + ": " + status + "; " + result.statistics());
        }
    }

    private record Sat4j(String name, Supplier<ISolver> factory) {
    }

    private static final Sat4j[] CONFIGURATIONS = {
        new Sat4j("newDefault", SolverFactory::newDefault),
        new Sat4j("newDefaultAutoErasePhaseSaving", SolverFactory::newDefaultAutoErasePhaseSaving),
    };

    private static void solve(Path file, int timeout, boolean originalFirst) throws IOException {
        Cnf cnf = DimacsReader.strict().read(file);
        long cpu = THREADS.getCurrentThreadCpuTime();
        PreprocessResult result = new Preprocessor(options()).run(cnf, NO_PROOF, () -> false);
        double preSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        for (Sat4j configuration : CONFIGURATIONS) {
            Run original;
            Run simplified;
            if (originalFirst) {
                original = run(configuration, cnf, timeout);
                simplified = runSimplified(configuration, cnf, result, timeout);
            } else {
                simplified = runSimplified(configuration, cnf, result, timeout);
                original = run(configuration, cnf, timeout);
            }
            double withPre = simplified.seconds + preSeconds;
            System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.4f\t%s\t%s\t%.4f\t%s\t%.4f\t%.3f%n", file,
                    result.statistics().variablesBefore(), cnf.clauseCount(), result.statistics().variablesAfter(),
                    result.simplified().clauseCount(), preSeconds, configuration.name, original.status, original.seconds,
                    simplified.status, withPre, withPre / Math.max(original.seconds, 1e-4));
            if (original.status != SolveStatus.UNKNOWN && simplified.status != SolveStatus.UNKNOWN
                    && original.status != simplified.status) {
                throw new IllegalStateException(file + ": different answers " + original.status + " / " + simplified.status);
            }
        }
    }

    private record Run(SolveStatus status, double seconds, int[] model) {
    }

    private static Run runSimplified(Sat4j configuration, Cnf original, PreprocessResult result, int timeout) {
        if (result.decided().isPresent()) {
            SolveStatus status = result.decided().get();
            if (status == SolveStatus.SATISFIABLE) {
                check(original, result, new int[0]);
            }
            return new Run(status, 0, null);
        }
        Run run = run(configuration, result.simplified(), timeout);
        if (run.status == SolveStatus.SATISFIABLE) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            check(original, result, run.model);
            run = new Run(run.status, run.seconds + (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, run.model);
        }
        return run;
    }

    private static void check(Cnf original, PreprocessResult result, int[] model) {
        Assignment extended = result.reconstruction().extend(Assignment.fromModel(original.variableCount(), model));
        if (!ModelCheck.check(original, extended).satisfied()) {
            throw new IllegalStateException("reconstructed model does not satisfy the original");
        }
    }

    /**
     * Loads and solves with Sat4j's public API; CPU time of this thread, loading included. The
     * limit is on CPU time too (checked every 16 conflicts), so that other jobs on the machine do
     * not turn answers into timeouts.
     */
    private static Run run(Sat4j configuration, Cnf cnf, int timeout) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long limit = cpu + timeout * 1_000_000_000L;
        ISolver solver = configuration.factory.get();
        solver.setSearchListener(new SearchListenerAdapter<ISolverService>() {
            private static final long serialVersionUID = 1L;
            private int conflicts;

            @Override
            public void conflictFound(IConstr confl, int dlevel, int trailLevel) {
                if ((++conflicts & 15) == 0 && THREADS.getCurrentThreadCpuTime() > limit) {
                    solver.expireTimeout();
                }
            }
        });
        SolveStatus status;
        int[] model = null;
        try {
            Sat4jRefuter.load(cnf, solver);
            if (solver.isSatisfiable()) {
                status = SolveStatus.SATISFIABLE;
                model = solver.model();
            } else {
                status = SolveStatus.UNSATISFIABLE;
            }
        } catch (ContradictionException trivial) {
            status = SolveStatus.UNSATISFIABLE;
        } catch (TimeoutException stopped) {
            status = SolveStatus.UNKNOWN;
        }
        return new Run(status, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, model);
    }
}
