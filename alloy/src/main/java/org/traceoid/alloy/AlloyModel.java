package org.traceoid.alloy;

import edu.mit.csail.sdg.alloy4.A4Reporter;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import kodkod.engine.satlab.SATAbortedException;
import org.traceoid.alloy.CommandOutcome.Verdict;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.SolveOptions;

/**
 * An Alloy model parsed by Alloy's own compiler ({@code CompUtil.parseEverything_fromFile}),
 * whose {@code run} and {@code check} commands {@link #run(int, AlloyBackend)} executes through
 * Alloy's translator ({@code TranslateAlloyToKodkod.execute_command}) with Alloy's default
 * options and the chosen SAT solver. Only the solver differs between the backends, so their
 * outcomes must agree.
 */
public final class AlloyModel {
    private final Path file;
    private final CompModule world;
    private final SolveOptions solveOptions;
    private final Duration satTimeout; // null: none

    private AlloyModel(Path file, CompModule world, SolveOptions solveOptions) {
        this.file = file;
        this.world = world;
        this.solveOptions = solveOptions;
        this.satTimeout = solveOptions.timeout().orElse(null);
    }

    /**
     * Parses and type-checks {@code file} and the modules it opens (Alloy's {@code util/*}
     * come from Alloy's jar).
     *
     * @throws AlloyModelException for a file that is missing or not valid Alloy, as
     *         {@code file:line:column: message}
     */
    public static AlloyModel load(Path file) throws AlloyModelException {
        return load(file, SolveOptions.defaults());
    }

    /**
     * As {@link #load(Path)}; Traceoid's solvers use {@code solveOptions} (budgets, certification),
     * and its timeout also limits each SAT call of Alloy's own Sat4j.
     */
    public static AlloyModel load(Path file, SolveOptions solveOptions) throws AlloyModelException {
        Objects.requireNonNull(solveOptions, "solveOptions");
        if (!Files.isRegularFile(file)) {
            throw new AlloyModelException(file + ": no such file");
        }
        try {
            CompModule world = CompUtil.parseEverything_fromFile(A4Reporter.NOP, null, file.toString());
            return new AlloyModel(file, world, solveOptions);
        } catch (Err e) {
            throw AlloyModelException.of(file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** The number of commands ({@code run} and {@code check}) in the model. */
    public int commandCount() {
        return world.getAllCommands().size();
    }

    /** Command {@code index} (1-based) as Alloy prints it. */
    public String describe(int index) {
        return command(index).toString();
    }

    /**
     * Executes command {@code index} (1-based) with {@code backend}.
     *
     * @throws AlloyModelException if Alloy cannot translate the command (its message, with position)
     * @throws org.traceoid.solver.CertificationException if a Traceoid answer does not check
     */
    public CommandOutcome run(int index, AlloyBackend backend) throws AlloyModelException {
        Command command = command(index);
        A4Options options = new A4Options();
        CertifiedSatFactory certified = backend == AlloyBackend.TRACEOID ? new CertifiedSatFactory(solveOptions) : null;
        options.solver = certified != null ? certified : new AlloySat4jFactory(satTimeout);
        options.originalFilename = file.toString();
        long start = System.nanoTime();
        Verdict verdict;
        try {
            A4Solution solution = TranslateAlloyToKodkod.execute_command(A4Reporter.NOP, world.getAllReachableSigs(),
                    command, options);
            verdict = solution.satisfiable() ? Verdict.INSTANCE : Verdict.NO_INSTANCE;
        } catch (Err e) {
            if (!stoppedByTimeLimit(e)) {
                throw AlloyModelException.of(file, e);
            }
            verdict = Verdict.UNKNOWN;
        } catch (SATAbortedException e) {
            verdict = Verdict.UNKNOWN;
        }
        long nanos = System.nanoTime() - start;
        if (certified == null) {
            return new CommandOutcome(index, command.toString(), command.check, verdict, command.expects, -1, false,
                    verdict == Verdict.UNKNOWN ? "time limit reached (Alloy's own Sat4j)" : "not certified (Alloy's own Sat4j)",
                    nanos);
        }
        List<CertifiedResult> answers = certified.answers();
        boolean allCertified = verdict != Verdict.UNKNOWN && answers.stream().allMatch(CertifiedResult::certified);
        String certificate;
        if (answers.isEmpty()) {
            certificate = "decided by Kodkod's translation, no SAT call to certify";
        } else {
            CertifiedResult last = answers.get(answers.size() - 1);
            certificate = last.certificate() + (answers.size() > 1 ? " (last of " + answers.size() + " SAT calls, "
                    + (allCertified ? "all certified)" : "not all certified)") : "");
        }
        return new CommandOutcome(index, command.toString(), command.check, verdict, command.expects, answers.size(),
                allCertified, certificate, nanos);
    }

    /** Whether Alloy's error is a SAT call stopped by the time limit (Kodkod's "timed out", or our UNKNOWN). */
    private static boolean stoppedByTimeLimit(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SATAbortedException || "timed out".equals(t.getMessage())
                    || (t.getMessage() != null && t.getMessage().contains("Traceoid: time limit reached"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private Command command(int index) {
        List<Command> commands = world.getAllCommands();
        if (index < 1 || index > commands.size()) {
            throw new IllegalArgumentException("no command " + index + " in " + file + " (it has " + commands.size() + ")");
        }
        return commands.get(index - 1);
    }
}
