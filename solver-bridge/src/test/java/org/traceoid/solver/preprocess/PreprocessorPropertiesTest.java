package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.proofcheck.RecordedProof;

/**
 * Preprocessing against cadical (a real subprocess) on 2,300 seeded formulas of
 * {@link PreprocessFormulas} (planted equivalences, subsumed and strengthenable clauses, failed
 * literals, units): the answer after preprocessing must be cadical's answer for the original
 * formula, and every answer is certified against the ORIGINAL formula: a model of the
 * simplified formula, reconstructed, by ModelCheck; an UNSAT answer by our DratChecker on the
 * preprocessing steps followed by Sat4j's refutation of the simplified formula (and, in one
 * property, by cadical's refutation of it).
 */
@AddLifecycleHook(RequiresCadical.class)
class PreprocessorPropertiesTest {

    private static SolveStatus certifiedAgreeing(Cnf cnf, PreprocessOptions options) {
        PreprocessCheck.Outcome outcome = PreprocessCheck.solveCertified(cnf, options);
        assertEquals(ExternalSolver.CADICAL.solve(cnf), outcome.status(), "cadical's answer for the original formula");
        Statistics.collect(outcome.status(), outcome.result().decided().isPresent() ? "decided by preprocessing" : "by Sat4j");
        return outcome.status();
    }

    @Property(tries = 700)
    void allTechniquesTogetherAgreeWithCadicalAndCertify(@ForAll long seed) {
        // up to 120 variables: enough that preprocessing alone often cannot decide
        certifiedAgreeing(PreprocessFormulas.random(seed, 6, 120), PreprocessOptions.defaults());
    }

    @Provide
    Arbitrary<Technique> techniques() {
        return Arbitraries.of(Technique.class);
    }

    /** One technique alone (unit propagation off unless it is the one): each step's proof and reconstruction on its own. */
    @Property(tries = 800)
    void eachTechniqueAloneAgreesWithCadicalAndCertifies(@ForAll("techniques") Technique technique, @ForAll long seed) {
        PreprocessOptions.Builder options = PreprocessOptions.builder().noTechniques();
        switch (technique) {
            case UNITS -> options.units(true);
            case EQUIVALENCES -> options.equivalences(true);
            case FAILED_LITERALS -> options.failedLiterals(true);
            case SUBSUMPTION -> options.subsumption(true);
            case ELIMINATION -> options.elimination(true);
        }
        certifiedAgreeing(PreprocessFormulas.random(seed), options.build());
    }

    /** Budgets that end techniques at arbitrary points leave a sound, certifiable formula. */
    @Property(tries = 300)
    void tinyBudgetsStopAnywhereAndStillCertify(@ForAll long seed, @ForAll @LongRange(min = 0, max = 3000) long ticks) {
        certifiedAgreeing(PreprocessFormulas.random(seed), PreprocessOptions.builder().tickBudget(ticks).build());
    }

    /** The proof of preprocessing followed by cadical's own DRAT refutation of the simplified formula. */
    @Property(tries = 200)
    void cadicalsRefutationOfTheSimplifiedFormulaCompletesThePreprocessingProof(@ForAll long seed) throws IOException {
        Cnf cnf = PreprocessFormulas.random(seed, 60, 150); // large enough to be left to cadical
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = new Preprocessor(PreprocessOptions.defaults()).run(cnf, proof, () -> false);
        if (result.decided().isPresent()) {
            return; // nothing left for cadical; the other properties check these
        }
        Path dir = Files.createTempDirectory("traceoid-pre");
        try {
            Path simplified = dir.resolve("simplified.cnf");
            Path cadicalProof = dir.resolve("simplified.drat");
            DimacsWriter.write(result.simplified(), simplified, List.of());
            SolveStatus status = ExternalSolver.CADICAL.solveWithProof(simplified, cadicalProof, false);
            assertEquals(ExternalSolver.CADICAL.solve(cnf), status, "equisatisfiable");
            Statistics.collect(status);
            if (status == SolveStatus.UNSATISFIABLE) {
                RecordedProof theirs = new DratChecker(CheckOptions.defaults()).readProof(cadicalProof);
                for (int step = 0; step < theirs.stepCount(); step++) {
                    if (theirs.isDeletion(step)) {
                        proof.clauseDeleted(theirs.stepLiterals(step));
                    } else {
                        proof.lemmaAdded(theirs.stepLiterals(step));
                    }
                }
                CheckResult check = new DratChecker(CheckOptions.defaults()).check(cnf, proof);
                assertTrue(check.isVerified(), check.message());
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    /** The large sweep (-Pslow): 20,000 more formulas, all techniques, and 5,000 with tiny budgets. */
    @Tag("slow")
    @Property(tries = 20_000)
    void manyMoreFormulasAgreeAndCertify(@ForAll long seed) {
        certifiedAgreeing(PreprocessFormulas.random(seed, 6, 150), PreprocessOptions.defaults());
    }

    @Tag("slow")
    @Property(tries = 5_000)
    void manyMoreTinyBudgets(@ForAll long seed, @ForAll @LongRange(min = 0, max = 20_000) long ticks) {
        certifiedAgreeing(PreprocessFormulas.random(seed), PreprocessOptions.builder().tickBudget(ticks).build());
    }
}
