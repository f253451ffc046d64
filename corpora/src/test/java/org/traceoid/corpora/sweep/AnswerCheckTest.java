package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;

/**
 * Checking an external solver's claims: models in both output forms, DRAT and LRAT proofs, and every
 * way they can be bad. The LRAT proof is the one our DRAT checker derives from a DRAT proof, checked
 * by the separate LRAT checker.
 */
class AnswerCheckTest {
    /** x1..x3 with (1 ∨ ¬2) (2 ∨ 3): satisfiable. */
    static final String SAT = "p cnf 3 2\n1 -2 0\n2 3 0\n";
    /** All four clauses over two variables. */
    static final String UNSAT = "p cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n";

    @Test
    void modelsInCompetitionAndMiniSatForm(@TempDir Path dir) throws Exception {
        Path cnf = Files.writeString(dir.resolve("f.cnf"), SAT);
        Path competition = Files.writeString(dir.resolve("a.out"), "c hello\ns SATISFIABLE\nv 1 2 -3\nv 0\n");
        assertEquals(new AnswerCheck.Verdict(AnswerCheck.Result.VERIFIED, "model satisfies all 2 clauses"),
                AnswerCheck.model(cnf, competition));
        Path miniSat = Files.writeString(dir.resolve("m.out"), "SAT\n-1 -2 3 0\n");
        assertEquals(AnswerCheck.Result.VERIFIED, AnswerCheck.model(cnf, miniSat).result());
        assertEquals(new SolverAnswer.Claim(SolveStatus.SATISFIABLE, true, "SAT"), SolverAnswer.claimedStatus(miniSat));
        assertEquals(new SolverAnswer.Claim(SolveStatus.UNSATISFIABLE, true, "UNSAT"),
                SolverAnswer.claimedStatus(Files.writeString(dir.resolve("u.out"), "UNSAT\n")));
        Path wrong = Files.writeString(dir.resolve("w.out"), "SAT\n-1 2 3 0\n");
        assertEquals(new AnswerCheck.Verdict(AnswerCheck.Result.REJECTED, "the model falsifies clause 1: 1 -2 0"),
                AnswerCheck.model(cnf, wrong));
        Path malformed = Files.writeString(dir.resolve("x.out"), "SAT\n1 x 0\n");
        assertEquals("rejected: the model is malformed: " + malformed + ":2:3: expected a literal, found 'x'",
                AnswerCheck.model(cnf, malformed).line());
        Path tooBig = Files.writeString(dir.resolve("b.out"), "s SATISFIABLE\nv 1 2 4 0\n");
        assertEquals(AnswerCheck.Result.REJECTED, AnswerCheck.model(cnf, tooBig).result());
        assertEquals(AnswerCheck.Result.UNDECIDED, AnswerCheck.model(dir.resolve("gone.cnf"), competition).result());
    }

    @Test
    void aClaimOnAHugeLineCostsNothing(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("long.out");
        try (OutputStream out = Files.newOutputStream(output)) {
            out.write("c banner\nv".getBytes());
            for (int i = 1; i <= 200_000; i++) {
                out.write((" " + i).getBytes());
            }
            out.write(" 0\ns SATISFIABLE\n".getBytes());
        }
        assertEquals(new SolverAnswer.Claim(SolveStatus.SATISFIABLE, false, "s SATISFIABLE"),
                SolverAnswer.claimedStatus(output));
        assertEquals(null, SolverAnswer.claimedStatus(Files.writeString(dir.resolve("none.out"), "c nothing\n")));
    }

    @Test
    void dratAndLratProofs(@TempDir Path dir) throws Exception {
        Path cnf = Files.writeString(dir.resolve("f.cnf"), UNSAT);
        Path drat = Files.writeString(dir.resolve("p.drat"), "1 0\n0\n");
        AnswerCheck.Verdict verified = AnswerCheck.proof(cnf, drat, false, Duration.ofSeconds(10));
        assertEquals(AnswerCheck.Result.VERIFIED, verified.result());
        assertTrue(verified.line().matches("certified: DRAT proof verified \\(2 lemmas, core \\d clauses\\) in [0-9.]+ s"),
                verified.line());
        // the LRAT our DRAT checker writes, checked by the LRAT checker
        CheckResult checked = new DratChecker(CheckOptions.builder().recordLrat(true).build())
                .check(AnswerCheck.instance(cnf), drat);
        Path lrat = dir.resolve("p.lrat");
        try (OutputStream out = Files.newOutputStream(lrat)) {
            checked.writeLrat(out, false);
        }
        assertEquals(AnswerCheck.Result.VERIFIED, AnswerCheck.proof(cnf, lrat, true, Duration.ZERO).result());

        Path onlyEmpty = Files.writeString(dir.resolve("e.drat"), "0\n");
        AnswerCheck.Verdict rejected = AnswerCheck.proof(cnf, onlyEmpty, false, Duration.ofSeconds(10));
        assertEquals(AnswerCheck.Result.REJECTED, rejected.result());
        assertTrue(rejected.line().startsWith("rejected: DRAT proof rejected: "), rejected.line());
        assertEquals(new AnswerCheck.Verdict(AnswerCheck.Result.REJECTED, "the solver wrote no DRAT proof"),
                AnswerCheck.proof(cnf, dir.resolve("missing.drat"), false, Duration.ZERO));
        Path garbage = Files.writeString(dir.resolve("g.drat"), "1 z 0\n");
        assertTrue(AnswerCheck.proof(cnf, garbage, false, Duration.ZERO).line()
                .startsWith("rejected: the DRAT proof is malformed: "));
        Path badLrat = Files.writeString(dir.resolve("b.lrat"), "5 0 1 2 0\n");
        assertEquals(AnswerCheck.Result.REJECTED, AnswerCheck.proof(cnf, badLrat, true, Duration.ZERO).result());
    }

    @Test
    void theCheckRunsInAJvmOfItsOwnUnderItsBudget(@TempDir Path dir) throws Exception {
        Path cnf = Files.writeString(dir.resolve("f.cnf"), UNSAT);
        Path drat = Files.writeString(dir.resolve("p.drat"), "1 0\n0\n");
        SweepSettings settings = SolverRunTest.fake(10, 256);
        SolverAnswer.Claim unsat = new SolverAnswer.Claim(SolveStatus.UNSATISFIABLE, false, "s UNSATISFIABLE");
        try (ResourceControl control = ResourceControl.detect(w -> { })) {
            Verifier.Checked checked = Verifier.check(unsat, cnf, dir.resolve("none"), drat,
                    SolverTemplate.ProofKind.DRAT, settings, dir.resolve("run"), control, new java.util.HashSet<>());
            assertEquals(AnswerCheck.Result.VERIFIED, checked.verdict().result(), checked.toString());
            assertTrue(checked.seconds() > 0);
            assertTrue(Files.readString(dir.resolve("run.check.out")).endsWith("s VERIFIED\n"));
            // a check that needs more memory than its budget leaves the answer unverified, not wrong
            SweepSettings tiny = new SweepSettings(settings.configurations(), settings.limits(),
                    new RunLimits(10, 8, RunLimits.Kind.WALL), 1, settings.solver(), java.util.Set.of());
            Verifier.Checked starved = Verifier.check(unsat, cnf, dir.resolve("none"), drat,
                    SolverTemplate.ProofKind.DRAT, tiny, dir.resolve("tiny"), control, new java.util.HashSet<>());
            assertEquals(AnswerCheck.Result.UNDECIDED, starved.verdict().result(), starved.toString());
        }
    }
}
