package org.traceoid.gnn.training;

import org.traceoid.gnn.layers.GnnConfig;

/**
 * How to train. Every default is stated once, in {@link Builder}.
 *
 * @param network            the network's shape
 * @param epochs             passes over the training set
 * @param seed               initial weights, validation split and example order all come from it
 * @param learningRate       Adam's step size
 * @param batchSize          formulas whose losses are averaged into one step
 * @param validationFraction share of examples held out for validation (0 for none)
 * @param coreWeight         weight of {@code KL(target ‖ softmax(s))} on core variables
 * @param phaseWeight        weight of the masked BCE on backbone phases
 * @param satWeight          weight of the SAT/UNSAT BCE (used only with a SAT head)
 * @param precisionAtK       the {@code k} of precision@k
 * @param pretrainEpochs     passes of SAT/UNSAT-only pretraining before the main epochs (NeuroSAT's
 *                           task, arXiv 1802.03685); needs a SAT head
 */
public record TrainingConfig(GnnConfig network, int epochs, long seed, float learningRate, int batchSize,
        double validationFraction, float coreWeight, float phaseWeight, float satWeight, int precisionAtK,
        int pretrainEpochs) {

    public TrainingConfig {
        if (epochs < 0 || batchSize < 1 || !(learningRate > 0) || !(validationFraction >= 0 && validationFraction < 1)
                || precisionAtK < 1 || coreWeight < 0 || phaseWeight < 0 || satWeight < 0 || pretrainEpochs < 0) {
            throw new IllegalArgumentException("bad training config: " + this);
        }
        if (pretrainEpochs > 0 && !(network.satHead() && satWeight > 0)) {
            throw new IllegalArgumentException("SAT/UNSAT pretraining needs a SAT head with a positive loss weight");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Defaults: d = 32, L = 4, no SAT head; 20 epochs; seed 0; Adam 1e-3; batches of 8; 20 % validation;
     * weights 1, 1, 1; k = 10; no pretraining.
     */
    public static final class Builder {
        private GnnConfig network = GnnConfig.builder().optHiddenSize(32).optLayers(4).build();
        private int epochs = 20;
        private long seed;
        private float learningRate = 1e-3f;
        private int batchSize = 8;
        private double validationFraction = 0.2;
        private float coreWeight = 1;
        private float phaseWeight = 1;
        private float satWeight = 1;
        private int precisionAtK = 10;
        private int pretrainEpochs;

        public Builder optNetwork(GnnConfig value) {
            network = value;
            return this;
        }

        public Builder optEpochs(int value) {
            epochs = value;
            return this;
        }

        public Builder optSeed(long value) {
            seed = value;
            return this;
        }

        public Builder optLearningRate(float value) {
            learningRate = value;
            return this;
        }

        public Builder optBatchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder optValidationFraction(double value) {
            validationFraction = value;
            return this;
        }

        public Builder optCoreWeight(float value) {
            coreWeight = value;
            return this;
        }

        public Builder optPhaseWeight(float value) {
            phaseWeight = value;
            return this;
        }

        public Builder optSatWeight(float value) {
            satWeight = value;
            return this;
        }

        public Builder optPrecisionAtK(int value) {
            precisionAtK = value;
            return this;
        }

        public Builder optPretrainEpochs(int value) {
            pretrainEpochs = value;
            return this;
        }

        public TrainingConfig build() {
            return new TrainingConfig(network, epochs, seed, learningRate, batchSize, validationFraction, coreWeight,
                    phaseWeight, satWeight, precisionAtK, pretrainEpochs);
        }
    }
}
