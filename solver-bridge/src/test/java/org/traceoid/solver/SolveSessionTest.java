package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;

class SolveSessionTest {

    /** Pigeonhole: {@code holes + 1} pigeons into {@code holes} holes; exponential for resolution. */
    static Cnf pigeonhole(int holes) {
        int pigeons = holes + 1;
        CnfBuilder builder = new CnfBuilder().declareVariables(pigeons * holes);
        for (int p = 0; p < pigeons; p++) {
            int[] somewhere = new int[holes];
            for (int h = 0; h < holes; h++) {
                somewhere[h] = p * holes + h + 1;
            }
            builder.addClause(somewhere);
        }
        for (int h = 0; h < holes; h++) {
            for (int p = 0; p < pigeons; p++) {
                for (int q = p + 1; q < pigeons; q++) {
                    builder.addClause(-(p * holes + h + 1), -(q * holes + h + 1));
                }
            }
        }
        return builder.build();
    }

    @Test
    void satisfiableFormulaComesWithACheckedModel() {
        Cnf cnf = Cnf.of(3, new int[] {1, 2}, new int[] {-1, 3}, new int[] {-2, -3});
        CertifiedResult result = Traceoid.solve(cnf, SolveOptions.defaults());
        assertEquals(SolveStatus.SATISFIABLE, result.status());
        assertTrue(result.certified());
        assertEquals("model satisfies all 3 clauses", result.certificate());
        assertTrue(ModelCheck.check(cnf, result.model().orElseThrow()).satisfied());
    }

    @Test
    void unsatisfiableFormulaComesWithACheckedProof() {
        Cnf cnf = Cnf.of(2, new int[] {1, 2}, new int[] {-1, 2}, new int[] {1, -2}, new int[] {-1, -2});
        CertifiedResult result = Traceoid.solve(cnf, SolveOptions.defaults());
        assertEquals(SolveStatus.UNSATISFIABLE, result.status());
        assertTrue(result.certified());
        assertTrue(result.certificate().matches("DRAT proof verified \\(\\d+ lemmas, core 4 clauses\\) in \\d+\\.\\d{3} s"),
                result.certificate());
    }

    @Test
    void withoutCertificationAnswersSaySo() {
        SolveOptions off = SolveOptions.builder().certify(false).build();
        Cnf unsat = Cnf.of(2, new int[] {1, 2}, new int[] {-1, 2}, new int[] {1, -2}, new int[] {-1, -2});
        CertifiedResult result = Traceoid.solve(unsat, off);
        assertEquals(SolveStatus.UNSATISFIABLE, result.status());
        assertFalse(result.certified());
        assertEquals("not certified (certification switched off)", result.certificate());
        CertifiedResult sat = Traceoid.solve(Cnf.of(1, new int[] {1}), off);
        assertFalse(sat.certified());
        assertTrue(sat.model().orElseThrow().isTrue(1));
    }

    @Test
    void conflictBudgetGivesUnknown() {
        CertifiedResult result = Traceoid.solve(pigeonhole(9), SolveOptions.builder().conflictBudget(100).build());
        assertEquals(SolveStatus.UNKNOWN, result.status());
        assertEquals("conflict budget of 100 exhausted", result.certificate());
        assertTrue(result.statistics().conflicts() <= 101, "conflicts: " + result.statistics().conflicts());
    }

    @Test
    void emptyClauseAndContradictingUnitsAreUnsatisfiableAndCertified() {
        for (Cnf trivial : new Cnf[] {Cnf.of(1, new int[] {}), Cnf.of(1, new int[] {1}, new int[] {-1}),
                Cnf.of(2, new int[] {1}, new int[] {-1, 2}, new int[] {-2})}) {
            CertifiedResult result = Traceoid.solve(trivial, SolveOptions.defaults());
            assertEquals(SolveStatus.UNSATISFIABLE, result.status(), trivial.toString());
            assertTrue(result.certified(), trivial.toString());
            assertTrue(result.certificate().startsWith("DRAT proof verified ("), result.certificate());
        }
    }

    @Test
    void formulaWithoutClausesIsSatisfiable() {
        CertifiedResult result = Traceoid.solve(Cnf.of(0), SolveOptions.defaults());
        assertEquals(SolveStatus.SATISFIABLE, result.status());
        assertEquals(0, result.model().orElseThrow().variableCount());
    }

    @Test
    void declaredButUnusedVariablesAreInTheModel() {
        Cnf cnf = Cnf.of(10, new int[] {-2});
        Assignment model = Traceoid.solve(cnf, SolveOptions.defaults()).model().orElseThrow();
        assertEquals(10, model.variableCount());
        assertTrue(model.isTrue(-2));
        assertEquals(10, model.toDimacs(10).length);
    }

    @Test
    void timeLimitGivesUnknownPromptly() {
        Cnf hard = pigeonhole(11);
        SolveOptions options = SolveOptions.builder().timeout(Duration.ofMillis(300)).build();
        CertifiedResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Traceoid.solve(hard, options));
        assertEquals(SolveStatus.UNKNOWN, result.status());
        assertEquals("time limit reached", result.certificate());
    }

    @Test
    void interruptFromAnotherThreadGivesUnknown() throws Exception {
        SolveSession session = new SolveSession(pigeonhole(11), SolveOptions.defaults());
        CompletableFuture<CertifiedResult> running = CompletableFuture.supplyAsync(session::run);
        Thread.sleep(300);
        session.interrupt();
        CertifiedResult result = running.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(SolveStatus.UNKNOWN, result.status());
        assertEquals("interrupted", result.certificate());
    }

    @Test
    void interruptDuringTheProofCheckCancelsItAndClaimsNothing() {
        // hole9: the check takes a few hundred milliseconds; interrupt 30 ms into it
        SolveSession.beforeProofCheckForTests = session -> new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            session.interrupt();
        }).start();
        try {
            CertifiedResult result = new SolveSession(pigeonhole(9), SolveOptions.defaults()).run();
            assertEquals(SolveStatus.UNKNOWN, result.status());
            assertEquals("interrupted while checking the proof", result.certificate());
            assertFalse(result.certified());
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupt used to cancel the check is cleared");
        } finally {
            SolveSession.beforeProofCheckForTests = session -> { };
        }
    }

    @Test
    void interruptBeforeRunIsHonoured() {
        SolveSession session = new SolveSession(pigeonhole(11), SolveOptions.defaults());
        session.interrupt();
        assertEquals(SolveStatus.UNKNOWN, assertTimeoutPreemptively(Duration.ofSeconds(30), session::run).status());
    }

    @Test
    void aSessionRunsOnce() {
        SolveSession session = new SolveSession(Cnf.of(1, new int[] {1}), SolveOptions.defaults());
        session.run();
        assertThrows(IllegalStateException.class, session::run);
    }

    @Test
    void statisticsAreReported() {
        CertifiedResult result = Traceoid.solve(pigeonhole(6), SolveOptions.defaults());
        assertEquals(SolveStatus.UNSATISFIABLE, result.status());
        assertTrue(result.statistics().conflicts() > 0);
        assertTrue(result.statistics().decisions() > 0);
        assertTrue(result.statistics().propagations() > 0);
        assertTrue(result.statistics().solveNanos() > 0);
    }

    @Test
    void optionsRejectNonPositiveTimeouts() {
        assertThrows(IllegalArgumentException.class, () -> SolveOptions.builder().timeout(Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class, () -> SolveOptions.builder().timeout(Duration.ofSeconds(-1)).build());
    }
}
