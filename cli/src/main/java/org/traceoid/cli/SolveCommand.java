package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfStatistics;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.solver.CertificationException;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.Guidance;
import org.traceoid.solver.GuidanceReport;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.SolveSession;
import org.traceoid.solver.SolverStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code traceoid solve FILE}: SAT-competition output ({@code c} lines, one {@code s} line,
 * the model as {@code v} lines) and exit codes 10/20/0.
 */
@Command(name = "solve",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Solve a DIMACS CNF file (plain, .gz, .bz2, .xz or .lzma; '-' reads standard input)"
                + " and certify the answer.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "10:satisfiable (model checked against every clause, unless --no-certify)",
            "20:unsatisfiable (DRAT proof verified in-process, unless --no-certify)",
            " 0:unknown (time limit or interrupted)",
            " 1:usage error (bad option or argument)",
            " 2:input error (unreadable or malformed file; proof file not writable)",
            " 3:certification failed: the answer did not check; no 's' line, the proof is kept",
            "70:internal error"},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
public final class SolveCommand implements Callable<Integer> {
    /** A model line is at most about this long, as solvers in the SAT competition print them. */
    private static final int MODEL_LINE_WIDTH = 78;
    /** Above this many declared-but-unused variables, the model lists only the used ones. */
    private static final int UNUSED_VARIABLES_PRINTED = 1 << 20;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The DIMACS file, or '-' for standard input.")
    Path file;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Wall-clock limit in seconds (decimals allowed); past it the answer is UNKNOWN.")
    Double timeoutSeconds;

    @Option(names = "--no-model", description = "Do not print the model ('v' lines).")
    boolean noModel;

    @Option(names = "--proof", paramLabel = "PROOF",
            description = "Write Sat4j's DRAT proof to PROOF (text unless --binary-proof); for UNSAT,"
                    + " certification checks this very file.")
    Path proofFile;

    @Option(names = "--binary-proof", description = "Write the --proof file in binary DRAT (as drat-trim reads it).")
    boolean binaryProof;

    /**
     * The default of {@code --guidance}, chosen by the evaluation (docs/performance.md, "Guided
     * solving"): {@code none}, because with no trained model shipped guidance does not beat
     * plain Sat4j on held-out data.
     */
    static final String DEFAULT_GUIDANCE = "none";

    @Option(names = "--guidance", paramLabel = "gnn|none", defaultValue = DEFAULT_GUIDANCE,
            description = "Branching order and phases from the GNN (gnn) or Sat4j's own heuristics (none;"
                    + " default: ${DEFAULT-VALUE}). Guidance never changes the answer's certification;"
                    + " past its time budget, without a model or for a formula too large or too small, the solve"
                    + " runs unguided and a 'c guidance: off (...)' line says why.")
    String guidanceMode;

    @Option(names = "--model", paramLabel = "PATH",
            description = "Model directory (model.json + model.params) for --guidance gnn; default: the model"
                    + " shipped with traceoid (docs/model-card.md).")
    Path model;

    @Option(names = "--random-weights",
            description = "With --guidance gnn: seeded random weights instead of a model (a baseline, not guidance).")
    boolean randomWeights;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the random weights with --random-weights (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--guidance-budget", paramLabel = "SECONDS",
            description = "Cap on the time guidance may spend (default 10 s, and at most a tenth of --timeout).")
    Double guidanceBudgetSeconds;

    @Option(names = "--guidance-retention", paramLabel = "one-shot|bias|refocus",
            description = "How the GNN's prior is kept alive: initial activities only, a decaying bias every 100"
                    + " conflicts, or re-ranking every 2000 conflicts (default: bias, chosen by measurement).")
    String retention;

    @Option(names = "--guidance-min-variables", paramLabel = "N",
            description = "Formulas with fewer variables skip inference (default 100).")
    Integer guidanceMinVariables;

    @Option(names = "--explain",
            description = "With --guidance gnn: inference time, share of decisions on the GNN's top-k variables,"
                    + " and for UNSAT the overlap of the top-k with the proof core, for SAT the agreement of the"
                    + " predicted phases with the model.")
    boolean explain;

    @Option(names = "--no-certify",
            description = "Skip certification (no model check, no proof check); the output says so.")
    boolean noCertify;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SolveOptions options = options();
        long start = System.nanoTime();
        // PyTorch starts while the file is parsed.
        String guidanceOff = gnnGuidance() ? GnnGuidance.missing(model, randomWeights).orElse(null) : null;
        GnnGuidance gnn = gnnGuidance() && guidanceOff == null ? GnnGuidance.start(model, randomWeights, seed) : null;
        List<String> warnings = new ArrayList<>();
        DimacsReader reader = (common.lenient ? DimacsReader.lenient() : DimacsReader.strict()).withWarnings(warnings::add);
        comment(out, "traceoid " + Version.traceoid() + " (Sat4j " + Version.sat4j() + ")");
        comment(out, "file: " + (file.toString().equals("-") ? DimacsReader.STDIN_NAME : file));
        Cnf cnf;
        try {
            cnf = reader.read(file);
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(file, e));
            return ExitCodes.INPUT_ERROR;
        }
        for (String warning : warnings) {
            err.println("traceoid: warning: " + warning);
        }
        long parsed = System.nanoTime();
        describe(out, cnf, parsed - start);

        Guidance guidance = gnn == null ? null : guidance(gnn);
        if (gnn != null) {
            comment(out, "guidance: gnn, " + gnn.describe());
        } else if (guidanceOff != null) {
            comment(out, "guidance: off (" + guidanceOff + ")");
        }
        SolveSession session = new SolveSession(cnf, options, guidance);
        CountDownLatch finished = new CountDownLatch(1);
        // SIGINT/SIGTERM: stop the search and let this thread print "s UNKNOWN" before the JVM exits.
        Thread onSignal = new Thread(() -> {
            session.interrupt();
            try {
                finished.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "traceoid-interrupt");
        boolean hooked = registerHook(onSignal);
        try {
            CertifiedResult result;
            try {
                result = session.run();
            } catch (CertificationException e) {
                out.flush();
                err.println("traceoid: certification failed: " + e.getMessage());
                e.proofFile().ifPresent(kept -> err.println("traceoid: proof kept for inspection: " + kept));
                return ExitCodes.CERTIFICATION_FAILED;
            } catch (UncheckedIOException e) {
                out.flush();
                err.println("traceoid: " + e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
            Optional<GuidanceReport> guided = session.guidanceReport();
            guided.ifPresent(report -> comment(out, "guidance: " + report.describe()));
            if (explain) {
                if (guided.isPresent()) {
                    for (String line : GuidanceExplanation.lines(cnf, guided.get(), result, session.proofCoreClauses())) {
                        comment(out, "explain: " + line);
                    }
                } else {
                    comment(out, "explain: no guidance, nothing to attribute");
                }
            }
            report(out, cnf, result, System.nanoTime() - start);
            return result.status().exitCode();
        } finally {
            out.flush();
            finished.countDown();
            if (hooked) {
                unregisterHook(onSignal);
            }
        }
    }

    private SolveOptions options() {
        SolveOptions.Builder builder = SolveOptions.builder();
        if (timeoutSeconds != null) {
            builder.timeout(Timeouts.of(spec, timeoutSeconds));
        }
        if (binaryProof && proofFile == null) {
            throw new ParameterException(spec.commandLine(), "--binary-proof needs --proof PROOF");
        }
        if (!gnnGuidance() && !"none".equals(guidanceMode)) {
            throw new ParameterException(spec.commandLine(), "--guidance must be gnn or none, got " + guidanceMode);
        }
        if (model != null && randomWeights) {
            throw new ParameterException(spec.commandLine(), "--model and --random-weights exclude each other");
        }
        if (!gnnGuidance() && (model != null || randomWeights || guidanceBudgetSeconds != null || retention != null
                || guidanceMinVariables != null)) {
            throw new ParameterException(spec.commandLine(),
                    "--model, --random-weights and the --guidance-* options need --guidance gnn");
        }
        if (guidanceBudgetSeconds != null && !(guidanceBudgetSeconds >= 0 && guidanceBudgetSeconds <= 1e9)) {
            throw new ParameterException(spec.commandLine(),
                    "--guidance-budget must be a non-negative number of seconds, got " + guidanceBudgetSeconds);
        }
        if (guidanceMinVariables != null && guidanceMinVariables < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--guidance-min-variables must not be negative, got " + guidanceMinVariables);
        }
        if (retention != null) {
            retention(retention); // checked before any work
        }
        return builder.certify(!noCertify)
                .proofOutput(proofFile)
                .proofFormat(binaryProof ? SolveOptions.ProofFormat.BINARY : SolveOptions.ProofFormat.TEXT)
                .build();
    }

    private boolean gnnGuidance() {
        return "gnn".equals(guidanceMode);
    }

    private Guidance guidance(GnnGuidance gnn) {
        Guidance.Builder builder = Guidance.builder(gnn.ranker());
        if (guidanceBudgetSeconds != null) {
            builder.budgetCap(Duration.ofNanos((long) (guidanceBudgetSeconds * 1e9)));
        }
        if (retention != null) {
            builder.retention(retention(retention));
        }
        if (guidanceMinVariables != null) {
            builder.minVariables(guidanceMinVariables);
        }
        return builder.build();
    }

    private Guidance.Retention retention(String name) {
        return switch (name) {
            case "one-shot" -> Guidance.Retention.ONE_SHOT;
            case "bias" -> Guidance.Retention.DECAYING_BIAS;
            case "refocus" -> Guidance.Retention.REFOCUS;
            default -> throw new ParameterException(spec.commandLine(),
                    "--guidance-retention must be one-shot, bias or refocus, got " + name);
        };
    }

    private void describe(PrintWriter out, Cnf cnf, long parseNanos) {
        CnfStatistics stats = cnf.statistics();
        comment(out, "variables: " + cnf.variableCount() + ", clauses: " + cnf.clauseCount()
                + ", literal occurrences: " + stats.literalOccurrences());
        if (stats.tautologies() > 0 || stats.duplicateLiterals() > 0 || stats.emptyClauses() > 0) {
            comment(out, "tautologies: " + stats.tautologies() + ", duplicate literals removed: "
                    + stats.duplicateLiterals() + ", empty clauses: " + stats.emptyClauses());
        }
        comment(out, "parse time: " + seconds(parseNanos) + " s");
    }

    private void report(PrintWriter out, Cnf cnf, CertifiedResult result, long totalNanos) {
        SolverStatistics stats = result.statistics();
        comment(out, "load time: " + seconds(stats.loadNanos()) + " s, solve time: " + seconds(stats.solveNanos())
                + " s, check time: " + seconds(stats.checkNanos()) + " s");
        comment(out, "decisions: " + stats.decisions() + ", conflicts: " + stats.conflicts()
                + ", propagations: " + stats.propagations() + ", restarts: " + stats.restarts());
        comment(out, "total time: " + seconds(totalNanos) + " s");
        if (proofFile != null) {
            comment(out, "proof: " + proofFile + (binaryProof ? " (binary DRAT)" : " (text DRAT)"));
        }
        if (result.status() != SolveStatus.UNKNOWN) {
            comment(out, result.certified() ? "certified: " + result.certificate()
                    : noCertify ? "not certified (--no-certify)" : result.certificate());
        } else {
            comment(out, "stopped: " + result.certificate());
        }
        out.println(result.status().statusLine());
        if (result.status() == SolveStatus.SATISFIABLE && !noModel) {
            int upTo = cnf.variableCount();
            if (cnf.variableCount() - cnf.maxVariable() > UNUSED_VARIABLES_PRINTED) {
                upTo = cnf.maxVariable();
                comment(out, "model lists variables 1.." + upTo + "; variables " + (upTo + 1) + ".."
                        + cnf.variableCount() + " occur in no clause and may take any value");
            }
            printModel(out, result.model().orElseThrow().toDimacs(upTo));
        }
    }

    /** {@code v} lines of at most about 80 characters; the last one ends in {@code 0}. */
    static void printModel(PrintWriter out, int[] literals) {
        StringBuilder line = new StringBuilder(MODEL_LINE_WIDTH + 16).append('v');
        for (int literal : literals) {
            String token = Integer.toString(literal);
            if (line.length() + 1 + token.length() > MODEL_LINE_WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append('v');
            }
            line.append(' ').append(token);
        }
        if (line.length() + 2 > MODEL_LINE_WIDTH) {
            out.println(line);
            line.setLength(0);
            line.append('v');
        }
        out.println(line.append(" 0"));
    }

    private void comment(PrintWriter out, String text) {
        if (!common.quiet) {
            out.println("c " + text);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static boolean registerHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void unregisterHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook is running or has run
        }
    }
}
