package org.traceoid.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.CompetitionOutputReader;
import org.traceoid.proofcheck.DratChecker;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traceoid check}: verifies a DRAT proof of unsatisfiability (drat-trim's conventions)
 * or a solver's model, printing {@code c} lines and then {@code s VERIFIED} or
 * {@code s NOT VERIFIED}. Thin: parses, calls {@link DratChecker} or {@link ModelCheck}, maps the
 * verdict to the exit code.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Verify a DRAT proof (text or binary, plain or compressed) that CNF is",
                "unsatisfiable, or with --model a solver's SAT-competition output (s, v lines).",
                "Prints c lines, then s VERIFIED or s NOT VERIFIED."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:verified (the proof refutes CNF, or the model satisfies it)",
                "1:not verified (failing lemma, no conflict, time limit, wrong or no model)",
                "2:input error (unreadable or malformed file, bad usage); one line on stderr"})
public final class CheckCommand implements Callable<Integer> {
    static final int VERIFIED = 0;
    static final int NOT_VERIFIED = 1;
    static final int INPUT_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CNF", description = "the formula (DIMACS, plain or compressed)")
    Path cnfFile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PROOF", description = "the DRAT proof")
    Path proofFile;

    @Option(names = "--model", paramLabel = "FILE", description = "check this solver output instead of a proof")
    Path modelFile;

    @Option(names = "--lrat", paramLabel = "OUT", description = "write an LRAT proof (text) of the refutation")
    Path lratFile;

    @Option(names = "--lrat-binary", description = "write the --lrat proof in binary LRAT")
    boolean lratBinary;

    @Option(names = "--core", paramLabel = "OUT", description = "write the unsatisfiable core as DIMACS")
    Path coreFile;

    @Option(names = "--lemmas", paramLabel = "OUT", description = "write the lemmas used (a trimmed DRAT proof)")
    Path lemmasFile;

    @Option(names = "--timeout", paramLabel = "S", description = "give up after S seconds (NOT VERIFIED); default: none")
    double timeoutSeconds;

    @Option(names = "--strict-deletions",
            description = "honour deletions of unit and reason clauses (default: ignore them, as drat-trim does)")
    boolean strictDeletions;

    @ArgGroup(exclusive = true)
    Format format;

    static final class Format {
        @Option(names = "--binary", description = "read the proof as binary DRAT (default: detect)")
        boolean binary;

        @Option(names = "--text", description = "read the proof as text DRAT (default: detect)")
        boolean text;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if ((proofFile == null) == (modelFile == null)) {
                err.println("traceoid check: give either PROOF or --model FILE");
                return INPUT_ERROR;
            }
            if (timeoutSeconds < 0 || Double.isNaN(timeoutSeconds)) {
                err.println("traceoid check: --timeout must be a number of seconds >= 0");
                return INPUT_ERROR;
            }
            Cnf cnf = DimacsReader.strict().read(cnfFile);
            int code = modelFile != null ? checkModel(cnf, out) : checkProof(cnf, out, err);
            out.flush();
            return code;
        } catch (IOException | RuntimeException e) {
            out.flush();
            err.println("traceoid check: " + oneLine(e));
            err.flush();
            return INPUT_ERROR;
        }
    }

    private int checkModel(Cnf cnf, PrintWriter out) throws IOException {
        CompetitionOutputReader.Answer answer = CompetitionOutputReader.read(modelFile, cnf.variableCount());
        if (answer.status() != SolveStatus.SATISFIABLE) {
            out.println("c the solver answered " + answer.status() + ": there is no model to check");
            out.println(CheckResult.Verdict.NOT_VERIFIED.line());
            return NOT_VERIFIED;
        }
        ModelCheck check = ModelCheck.check(cnf, answer.model());
        if (check.satisfied()) {
            out.println("c the model satisfies all " + check.clausesChecked() + " clauses");
            out.println(CheckResult.Verdict.VERIFIED.line());
            return VERIFIED;
        }
        int c = check.firstFalsifiedClause();
        StringBuilder clause = new StringBuilder();
        for (int literal : cnf.clause(c)) {
            clause.append(literal).append(' ');
        }
        out.println("c clause " + (c + 1) + " is falsified: " + clause + "0");
        out.println(CheckResult.Verdict.NOT_VERIFIED.line());
        return NOT_VERIFIED;
    }

    private int checkProof(Cnf cnf, PrintWriter out, PrintWriter err) throws IOException {
        CheckOptions.ProofFormat proofFormat = format == null ? CheckOptions.ProofFormat.AUTO
                : format.binary ? CheckOptions.ProofFormat.BINARY : CheckOptions.ProofFormat.TEXT;
        CheckOptions options = CheckOptions.builder()
                .proofFormat(proofFormat)
                .strictDeletions(strictDeletions)
                .recordLrat(lratFile != null)
                .timeLimit(Duration.ofNanos((long) (timeoutSeconds * 1e9)))
                .progress(System.console() != null ? new TerminalProgress(err) : CheckOptions.Progress.NONE)
                .build();
        CheckResult result = new DratChecker(options).check(cnf, proofFile);
        if (System.console() != null) {
            err.print("\r\033[K");
            err.flush();
        }
        for (String line : result.summary()) {
            out.println("c " + line);
        }
        if (result.failure() == CheckResult.Failure.LEMMA_FAILED) {
            StringBuilder lemma = new StringBuilder();
            for (int literal : result.failedLemma()) {
                lemma.append(literal).append(' ');
            }
            out.println("c first failing lemma: proof step " + (result.failedStep() + 1) + ": " + lemma + "0");
        }
        if (result.isVerified()) {
            write(coreFile, result::writeCore);
            write(lemmasFile, result::writeLemmas);
            write(lratFile, o -> result.writeLrat(o, lratBinary));
        } else if (coreFile != null || lemmasFile != null || lratFile != null) {
            out.println("c nothing written: the proof is not verified");
        }
        out.println(result.verdict().line());
        return result.verdict().exitCode();
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writing writing) throws IOException {
        if (file == null) {
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writing.to(out);
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + message;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + message;
        }
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.replace('\n', ' ');
    }

    /** "c backward 1234/5678" on the terminal, at most ten times a second. */
    private static final class TerminalProgress implements CheckOptions.Progress {
        private final PrintWriter err;
        private long last;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(String phase, long done, long total) {
            long now = System.nanoTime();
            if (now - last > 100_000_000L) {
                last = now;
                err.print("\rc " + phase + " " + done + (total > 0 ? "/" + total : ""));
                err.flush();
            }
        }
    }
}
