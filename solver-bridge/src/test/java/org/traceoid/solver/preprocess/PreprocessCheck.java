package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.proofcheck.RecordedProof;
import org.traceoid.solver.Sat4jRefuter;

/**
 * The tests' certification of "preprocess, then solve": a SAT answer's model of the simplified
 * formula, extended by the reconstruction, must satisfy the ORIGINAL formula (ModelCheck); an
 * UNSAT answer's proof, the preprocessing steps followed by Sat4j's refutation of the simplified
 * formula, must verify against the ORIGINAL formula with our DratChecker.
 */
final class PreprocessCheck {
    private PreprocessCheck() {
    }

    /** One pipeline run: the answer and the preprocessing result. */
    record Outcome(SolveStatus status, PreprocessResult result, RecordedProof proof) {
    }

    /** Preprocesses with {@code options}, solves the rest with Sat4j, and certifies the answer against {@code original}. */
    static Outcome solveCertified(Cnf original, PreprocessOptions options) {
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = new Preprocessor(options).run(original, proof, () -> false);
        return certify(original, result, proof);
    }

    /** Solves what preprocessing left (proof continuing in {@code proof}) and certifies the answer. */
    static Outcome certify(Cnf original, PreprocessResult result, RecordedProof proof) {
        Cnf simplified = result.simplified();
        assertEquals(original.variableCount(), simplified.variableCount(), "variable count kept");
        Optional<int[]> model;
        if (result.decided().equals(Optional.of(SolveStatus.UNSATISFIABLE))) {
            assertEquals(1, simplified.clauseCount());
            assertEquals(0, simplified.clauseLength(0), "an UNSAT result is the empty clause");
            model = Optional.empty();
        } else if (result.decided().equals(Optional.of(SolveStatus.SATISFIABLE))) {
            for (int c = 0; c < simplified.clauseCount(); c++) {
                assertEquals(1, simplified.clauseLength(c), "a SAT result holds units only");
            }
            model = Optional.of(new int[0]);
        } else {
            model = Sat4jRefuter.solve(simplified, proof);
        }
        if (model.isPresent()) {
            Assignment ofSimplified = Assignment.fromModel(simplified.variableCount(), model.get());
            Assignment extended = result.reconstruction().extend(ofSimplified);
            if (result.decided().isEmpty()) {
                assertTrue(ModelCheck.check(simplified, ofSimplified).satisfied(), "Sat4j's model of the simplified formula");
            }
            ModelCheck check = ModelCheck.check(original, extended);
            assertTrue(check.satisfied(), () -> "the reconstructed model falsifies original clause "
                    + check.firstFalsifiedClause() + " " + java.util.Arrays.toString(original.clause(check.firstFalsifiedClause())));
            for (int v = 1; v <= original.maxVariable(); v++) {
                assertTrue(extended.isAssigned(v), "the reconstructed model assigns every variable");
            }
            return new Outcome(SolveStatus.SATISFIABLE, result, proof);
        }
        CheckResult check = new DratChecker(CheckOptions.defaults()).check(original, proof);
        assertTrue(check.isVerified(), () -> "preprocessing + refutation does not verify against the original: "
                + check.message());
        return new Outcome(SolveStatus.UNSATISFIABLE, result, proof);
    }
}
