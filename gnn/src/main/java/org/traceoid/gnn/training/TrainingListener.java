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

    /** After each epoch: the mean training loss and metrics on the validation set. */
    default void epochDone(int epoch, double trainLoss, double validationLoss, Metrics validation) {
    }
}
