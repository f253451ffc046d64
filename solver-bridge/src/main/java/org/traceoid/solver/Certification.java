package org.traceoid.solver;

import java.util.Arrays;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;

/** The model half of certification (the proof half is {@code ProofSink#certify}). */
final class Certification {
    private Certification() {
    }

    /**
     * Checks {@code model} against every clause of {@code cnf}, in O(literal occurrences).
     *
     * @return the certificate line, {@code model satisfies all N clauses}
     * @throws CertificationException naming the first falsified clause
     */
    static String model(Cnf cnf, Assignment model, String whose) {
        ModelCheck check = ModelCheck.check(cnf, model);
        if (!check.satisfied()) {
            int clause = check.firstFalsifiedClause();
            throw new CertificationException(whose + " falsifies clause " + (clause + 1) + " of " + cnf.clauseCount()
                    + ": " + Arrays.toString(cnf.clause(clause)));
        }
        return "model satisfies all " + cnf.clauseCount() + " clauses";
    }
}
