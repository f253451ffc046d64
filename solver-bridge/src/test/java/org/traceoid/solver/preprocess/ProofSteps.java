package org.traceoid.solver.preprocess;

import java.util.ArrayList;
import java.util.List;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.cnf.proof.ProofStep;

/** Records a proof as {@link ProofStep}s (copies), for tests that pin the exact steps. */
final class ProofSteps implements ProofListener {
    final List<ProofStep> steps = new ArrayList<>();

    @Override
    public void lemmaAdded(int[] dimacsLiterals) {
        steps.add(ProofStep.add(dimacsLiterals));
    }

    @Override
    public void clauseDeleted(int[] dimacsLiterals) {
        steps.add(ProofStep.delete(dimacsLiterals));
    }

    /** The steps as text, one per line as in DRAT ({@code d } before a deletion). */
    String text() {
        StringBuilder out = new StringBuilder();
        for (ProofStep step : steps) {
            if (step.kind() == ProofStep.Kind.DELETE) {
                out.append("d ");
            }
            for (int literal : step.dimacsLiterals()) {
                out.append(literal).append(' ');
            }
            out.append("0\n");
        }
        return out.toString();
    }
}
