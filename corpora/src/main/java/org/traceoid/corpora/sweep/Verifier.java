package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs an {@link AnswerCheck} in a JVM of its own ({@link AnswerCheckMain}) under the check's budget
 * ({@code --check-timeout}, {@code --check-memory}) with the same process-tree control as a solver
 * run, and reads its verdict. A check that runs out of time or memory, or crashes, is UNDECIDED:
 * the answer stays unverified, it is not called wrong.
 */
final class Verifier {
    private Verifier() {
    }

    /** A verdict and the time the check took (the limit's measure). */
    record Checked(AnswerCheck.Verdict verdict, double seconds) {
    }

    /**
     * Checks the answer of a run: the model in {@code output} for SAT, the proof for UNSAT.
     * {@code logStem} names the check's own stdout/stderr files.
     */
    static Checked check(SolverAnswer.Claim claim, Path instance, Path output, Path proof,
            SolverTemplate.ProofKind proofKind, SweepSettings settings, Path logStem, ResourceControl control,
            Set<TreeRunner.Handle> live) throws IOException, InterruptedException {
        RunLimits limits = settings.checkLimits();
        List<String> arguments = new ArrayList<>();
        if (claim.status() == org.traceoid.cnf.SolveStatus.SATISFIABLE) {
            arguments.addAll(List.of("model", instance.toAbsolutePath().toString(), output.toAbsolutePath().toString()));
        } else {
            arguments.addAll(List.of(proofKind == SolverTemplate.ProofKind.LRAT ? "lrat" : "drat",
                    instance.toAbsolutePath().toString(), proof.toAbsolutePath().toString(),
                    Double.toString(limits.timeoutSeconds())));
        }
        Path out = logStem.resolveSibling(logStem.getFileName() + ".check.out");
        Path err = logStem.resolveSibling(logStem.getFileName() + ".check.err");
        TreeRunner.Measurement m = TreeRunner.run(settings.solver().answerCheck(limits.memoryMb(), arguments), Map.of(),
                out, err, logStem.resolveSibling(logStem.getFileName() + ".check"), limits, control,
                logStem.getFileName() + ".check", live);
        double seconds = Math.round(limits.measured(m.wallSeconds(), m.cpuSeconds()) * 1000) / 1000.0;
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        AnswerCheck.Verdict verdict = null;
        for (String line : stdout.split("\n")) {
            if (line.startsWith("c ") && verdict == null) {
                verdict = AnswerCheck.Verdict.parse(line.substring(2));
            }
        }
        if (m.ending() == TreeRunner.Ending.MEMORY_LIMIT || stdout.contains("java.lang.OutOfMemoryError")
                || stderr.contains("java.lang.OutOfMemoryError")) {
            verdict = new AnswerCheck.Verdict(AnswerCheck.Result.UNDECIDED, "the check needed more than "
                    + limits.memoryMb() + " MB (--check-memory)");
        } else if (m.ending() == TreeRunner.Ending.TIME_LIMIT) {
            verdict = new AnswerCheck.Verdict(AnswerCheck.Result.UNDECIDED, String.format(Locale.ROOT,
                    "the check took longer than %.0f s (--check-timeout)", limits.timeoutSeconds()));
        } else if (verdict == null) {
            verdict = new AnswerCheck.Verdict(AnswerCheck.Result.UNDECIDED, "the check failed (exit " + m.exitCode()
                    + "): " + ErrorTail.summary(stderr));
        }
        return new Checked(verdict, seconds);
    }
}
