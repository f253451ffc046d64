package org.traceoid.corpora.labels;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What certified runs taught us about one instance.
 *
 * @param status        {@code sat}, {@code unsat} or {@code unknown} (budget exhausted)
 * @param coreVariables UNSAT: the variables of the original clauses in the core our DRAT checker
 *                      verified, ascending; null otherwise
 * @param coreClauses   UNSAT: the size of that core (clauses)
 * @param backbone      SAT: the backbone as DIMACS literals (true in every model, each one's
 *                      negation refuted under an assumption with a checked proof), by variable
 * @param undecided     SAT: variables whose backbone question ran out of budget (masked in training)
 * @param certificate   the solver's certificate line for the main answer
 * @param millis        wall-clock time spent labelling
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceLabels(String status, int[] coreVariables, Integer coreClauses, int[] backbone,
        int[] undecided, String certificate, long millis) {
}
