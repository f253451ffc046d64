package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.proofcheck.LratChecker;
import org.traceoid.proofcheck.ProofFormatException;

/**
 * Checks one claimed answer of an external solver against the instance as we read it: a SAT
 * answer's model clause by clause ({@link ModelCheck}), an UNSAT answer's DRAT proof with our
 * {@link DratChecker} or its LRAT proof with our {@link LratChecker}. The sweep runs this in a JVM
 * of its own under the check's time and memory budget ({@link AnswerCheckMain}); a probe runs it
 * in-process on its three-variable formulas.
 */
public final class AnswerCheck {
    private AnswerCheck() {
    }

    /** The outcome of a check. */
    public enum Result {
        /** The certificate holds: the answer is certified. */
        VERIFIED,
        /** The certificate is wrong (or missing though promised): a wrong answer. */
        REJECTED,
        /** The check could not finish (its time limit, or the instance is unreadable): unverified. */
        UNDECIDED
    }

    /** What a check found; {@code detail} is one line. */
    public record Verdict(Result result, String detail) {
        /** The line the check prints and the run records: {@code certified: ...}, {@code rejected: ...}, .... */
        public String line() {
            return switch (result) {
                case VERIFIED -> "certified: " + detail;
                case REJECTED -> "rejected: " + detail;
                case UNDECIDED -> "not certified: " + detail;
            };
        }

        static Verdict parse(String line) {
            for (Result result : Result.values()) {
                Verdict empty = new Verdict(result, "");
                String prefix = empty.line();
                if (line.startsWith(prefix)) {
                    return new Verdict(result, line.substring(prefix.length()));
                }
            }
            return null;
        }
    }

    /** Reads the instance leniently: the solver's answer is checked against the clauses as they are. */
    static Cnf instance(Path file) throws IOException {
        return DimacsReader.lenient().withWarnings(w -> { }).read(file);
    }

    /** Checks the model in {@code output} (stdout or a {@code {model}} file) against {@code file}. */
    public static Verdict model(Path file, Path output) {
        Cnf cnf;
        try {
            cnf = instance(file);
        } catch (IOException | RuntimeException e) {
            return new Verdict(Result.UNDECIDED, "cannot read the instance: " + oneLine(e));
        }
        Assignment model;
        try {
            model = SolverAnswer.model(output, cnf.variableCount());
        } catch (IOException | RuntimeException e) {
            return new Verdict(Result.REJECTED, "the model is malformed: " + oneLine(e));
        }
        ModelCheck check = ModelCheck.check(cnf, model);
        if (check.satisfied()) {
            return new Verdict(Result.VERIFIED, "model satisfies all " + check.clausesChecked() + " clauses");
        }
        StringBuilder clause = new StringBuilder();
        int c = check.firstFalsifiedClause();
        for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c) && clause.length() < 200; p++) {
            clause.append(cnf.literalAt(p)).append(' ');
        }
        return new Verdict(Result.REJECTED, "the model falsifies clause " + (c + 1) + ": " + clause + "0");
    }

    /** Checks the proof in {@code proof} ({@code lrat}: LRAT, else DRAT) refutes {@code file}, within {@code limit}. */
    public static Verdict proof(Path file, Path proof, boolean lrat, Duration limit) {
        Cnf cnf;
        try {
            cnf = instance(file);
        } catch (IOException | RuntimeException e) {
            return new Verdict(Result.UNDECIDED, "cannot read the instance: " + oneLine(e));
        }
        String format = lrat ? "LRAT" : "DRAT";
        if (!Files.isRegularFile(proof)) {
            return new Verdict(Result.REJECTED, "the solver wrote no " + format + " proof");
        }
        CheckOptions options = CheckOptions.builder().timeLimit(limit).build();
        long start = System.nanoTime();
        CheckResult result;
        try {
            result = lrat ? new LratChecker(options).check(cnf, proof) : new DratChecker(options).check(cnf, proof);
        } catch (ProofFormatException | NoSuchFileException e) {
            return new Verdict(Result.REJECTED, "the " + format + " proof is malformed: " + oneLine(e));
        } catch (IOException | RuntimeException e) {
            return new Verdict(Result.REJECTED, "the " + format + " proof cannot be read: " + oneLine(e));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.isVerified()) {
            CheckResult.Statistics s = result.statistics();
            return new Verdict(Result.VERIFIED, String.format(Locale.ROOT,
                    "%s proof verified (%d lemmas, core %d clauses) in %.3f s", format, s.lemmas(), s.coreClauses(),
                    seconds));
        }
        if (result.failure() == CheckResult.Failure.TIME_LIMIT || result.failure() == CheckResult.Failure.CANCELLED) {
            return new Verdict(Result.UNDECIDED, "the " + format + " check ran out of time (" + limit.toSeconds()
                    + " s, --check-timeout)");
        }
        return new Verdict(Result.REJECTED, format + " proof rejected: " + result.message());
    }

    static String oneLine(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file: " + message;
        }
        message = message.replace('\n', ' ');
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
