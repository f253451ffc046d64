package org.traceoid.solver.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.proofcheck.RecordedProof;

/** Shared helpers of the hand-made preprocessing tests. */
final class Formulas {
    private Formulas() {
    }

    /** The clauses of a formula, for exact comparison. */
    static List<List<Integer>> clauses(Cnf cnf) {
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < cnf.clauseCount(); c++) {
            List<Integer> clause = new ArrayList<>();
            for (int literal : cnf.clause(c)) {
                clause.add(literal);
            }
            out.add(clause);
        }
        return out;
    }

    static List<List<Integer>> clauses(int[]... clauses) {
        List<List<Integer>> out = new ArrayList<>();
        for (int[] clause : clauses) {
            List<Integer> list = new ArrayList<>();
            for (int literal : clause) {
                list.add(literal);
            }
            out.add(list);
        }
        return out;
    }

    /** Runs the preprocessor, recording the proof both as steps and for the checker. */
    static PreprocessResult run(Cnf cnf, PreprocessOptions options, ProofSteps steps, RecordedProof recorded) {
        ProofListener both = org.traceoid.cnf.proof.ProofListeners.fanOut(steps, recorded);
        return new Preprocessor(options).run(cnf, both, () -> false);
    }

    /** Only the named techniques on. */
    static PreprocessOptions.Builder only() {
        return PreprocessOptions.builder().noTechniques();
    }
}
