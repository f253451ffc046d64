package org.traceoid.gnn.training;

import java.util.ArrayList;
import java.util.List;
import org.traceoid.cnf.Cnf;

/**
 * The trivial predictors a trained model has to beat, scored with the same {@link Metrics}:
 * a variable's score is its number of occurrences (the degree heuristic: variables in many
 * clauses are the first guess for core membership), and its phase is the sign it occurs with
 * more often (the classic "majority polarity" heuristic; a tie predicts false, like a logit of 0).
 */
public final class Baselines {
    private Baselines() {
    }

    /** Metrics of the occurrence-count ranking and majority-polarity phases on {@code examples}. */
    public static Metrics of(List<TrainingExample> examples, int k) {
        List<Metrics.Prediction> predictions = new ArrayList<>();
        for (TrainingExample e : examples) {
            Cnf cnf = e.cnf();
            int n = cnf.variableCount();
            double[] occurrences = new double[n];
            double[] polarity = new double[n];
            for (int position = 0; position < cnf.literalCount(); position++) {
                int literal = cnf.literalAt(position);
                occurrences[Math.abs(literal) - 1]++;
                polarity[Math.abs(literal) - 1] += literal > 0 ? 1 : -1;
            }
            predictions.add(new Metrics.Prediction(e, occurrences, polarity, Double.NaN));
        }
        return Metrics.of(predictions, k);
    }
}
