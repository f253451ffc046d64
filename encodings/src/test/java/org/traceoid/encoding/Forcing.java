package org.traceoid.encoding;

import java.util.Arrays;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;

/**
 * What a formula forces under fixed inputs, decided without a solver: unit propagation to a
 * fixpoint (sound: every literal it derives holds in every model), and then a model check of
 * the propagated assignment (so the forced values are also consistent). For the fully defined
 * encodings here, fixing every input determines every auxiliary variable by propagation; a
 * variable left open is reported as a failure, since it would mean the encoding is weaker
 * than its documentation says. O(rounds · literals), fine for test sizes.
 */
final class Forcing {
    private Forcing() {
    }

    /** The unique model of {@code cnf} that unit propagation derives; throws if propagation leaves a variable open, conflicts, or the result falsifies a clause. */
    static Assignment propagate(Cnf cnf) {
        int n = cnf.maxVariable();
        int[] value = new int[n + 1]; // 0 open, 1 true, -1 false
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < cnf.clauseCount(); c++) {
                int open = 0;
                int last = 0;
                boolean satisfied = false;
                for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                    int literal = cnf.literalAt(p);
                    int v = value[Math.abs(literal)] * Integer.signum(literal);
                    if (v > 0) {
                        satisfied = true;
                        break;
                    }
                    if (v == 0) {
                        open++;
                        last = literal;
                    }
                }
                if (satisfied) {
                    continue;
                }
                if (open == 0) {
                    throw new AssertionError("propagation conflict in clause " + Arrays.toString(cnf.clause(c)));
                }
                if (open == 1) {
                    value[Math.abs(last)] = Integer.signum(last);
                    changed = true;
                }
            }
        }
        int[] model = new int[n];
        for (int v = 1; v <= n; v++) {
            if (value[v] == 0) {
                throw new AssertionError("variable " + v + " is not forced by propagation");
            }
            model[v - 1] = value[v] * v;
        }
        Assignment assignment = Assignment.fromModel(n, model);
        if (!ModelCheck.check(cnf, assignment).satisfied()) {
            throw new AssertionError("the propagated assignment falsifies a clause");
        }
        return assignment;
    }
}
