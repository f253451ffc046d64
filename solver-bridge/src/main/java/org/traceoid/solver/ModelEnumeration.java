package org.traceoid.solver;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link IncrementalSolver#enumerate(int, int[], int...)}.
 *
 * @param models      the models found, each projected onto the enumeration's variables as DIMACS
 *                    literals, pairwise distinct there, each checked against every clause
 * @param complete    whether these are all the models: the enumeration ended with a certified
 *                    UNSAT answer rather than at its limit or a budget
 * @param certificate the certificate line of the enumeration's last call
 */
public record ModelEnumeration(List<int[]> models, boolean complete, String certificate) {
    public ModelEnumeration {
        models = List.copyOf(Objects.requireNonNull(models, "models"));
        Objects.requireNonNull(certificate, "certificate");
    }
}
