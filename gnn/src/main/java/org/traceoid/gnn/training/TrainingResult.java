package org.traceoid.gnn.training;

import java.util.List;
import org.traceoid.gnn.VariableRanker;

/**
 * A trained model and how it got there.
 *
 * @param model             the trained network as a ranker (the caller closes it)
 * @param trainingCount     examples trained on
 * @param validationNames   the held-out examples' names
 * @param trainLoss         mean training loss per epoch
 * @param validationLoss    mean validation loss per epoch (NaN without a validation set)
 * @param bestEpoch         the epoch (from 1) whose parameters the model has: lowest validation loss
 * @param initialValidation metrics on the validation set before the first step
 * @param validation        metrics on the validation set at {@code bestEpoch}
 * @param training          metrics on the training set after the last epoch
 * @param seconds           wall-clock training time
 * @param pretrainLoss      mean SAT/UNSAT loss per pretraining epoch (empty without pretraining)
 */
public record TrainingResult(VariableRanker model, int trainingCount, List<String> validationNames, double[] trainLoss,
        double[] validationLoss, int bestEpoch, Metrics initialValidation, Metrics validation, Metrics training, double seconds,
        double[] pretrainLoss) {
}
