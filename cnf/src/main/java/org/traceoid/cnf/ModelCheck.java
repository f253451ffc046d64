package org.traceoid.cnf;

/**
 * The outcome of checking an assignment against a formula.
 *
 * @param satisfied          whether every clause has a true literal
 * @param clausesChecked     the number of clauses of the formula
 * @param firstFalsifiedClause index of the first clause without a true literal, or -1
 */
public record ModelCheck(boolean satisfied, int clausesChecked, int firstFalsifiedClause) {

    /**
     * Checks {@code assignment} against every clause of {@code cnf}, in O(literal occurrences).
     * This is the certificate for a SAT answer: it reads the formula as loaded from the input,
     * never a solver's copy of it.
     */
    public static ModelCheck check(Cnf cnf, Assignment assignment) {
        for (int c = 0; c < cnf.clauseCount(); c++) {
            boolean clauseTrue = false;
            for (int p = cnf.clauseStart(c), end = cnf.clauseEnd(c); p < end && !clauseTrue; p++) {
                clauseTrue = assignment.isTrue(cnf.literalAt(p));
            }
            if (!clauseTrue) {
                return new ModelCheck(false, cnf.clauseCount(), c);
            }
        }
        return new ModelCheck(true, cnf.clauseCount(), -1);
    }
}
