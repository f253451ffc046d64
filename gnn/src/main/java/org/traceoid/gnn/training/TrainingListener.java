package org.traceoid.gnn.training;

/** Hears how training goes (the command line draws a progress bar from it). Every method is a no-op by default. */
public interface TrainingListener {
    TrainingListener NONE = new TrainingListener() { };

    /** Before the first step: total optimisation steps. */
    default void started(long totalSteps) {
    }

    /** After each step: the batch's mean loss. */
    default void step(int epoch, double loss) {
    }

    /** After each pretraining step: the batch's mean SAT/UNSAT loss. */
    default void pretrainingStep(int epoch, double loss) {
    }

    /** After each pretraining epoch: the mean SAT/UNSAT loss and metrics on the validation set. */
    default void pretrainingEpochDone(int epoch, double satLoss, Metrics validation) {
    }

    /** After each epoch: the mean training loss and metrics on the validation set. */
    default void epochDone(int epoch, double trainLoss, double validationLoss, Metrics validation) {
    }
}
