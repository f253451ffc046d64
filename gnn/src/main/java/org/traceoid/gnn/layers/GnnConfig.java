package org.traceoid.gnn.layers;

/**
 * The shape of a {@link TraceoidGnn}; what a model file's JSON config records.
 *
 * @param hiddenSize embedding width {@code d}
 * @param layers number of {@link HopfConvolutionBlock}s {@code L}
 * @param readoutHidden hidden width of the readout MLPs {@code r} and {@code q}
 * @param satHead whether the network has the SAT/UNSAT logit head (for pretraining)
 * @param layerNormEpsilon LayerNorm's {@code ε}
 */
public record GnnConfig(int hiddenSize, int layers, int readoutHidden, boolean satHead, float layerNormEpsilon) {
    public static final int DEFAULT_HIDDEN_SIZE = 64;
    public static final int DEFAULT_LAYERS = 4;
    public static final float DEFAULT_LAYER_NORM_EPSILON = 1e-5f;

    public GnnConfig {
        if (hiddenSize <= 0 || layers < 0 || readoutHidden <= 0) {
            throw new IllegalArgumentException("hidden size and readout width must be positive and layers non-negative: "
                    + hiddenSize + ", " + readoutHidden + ", " + layers);
        }
        if (!(layerNormEpsilon > 0)) {
            throw new IllegalArgumentException("LayerNorm epsilon must be positive: " + layerNormEpsilon);
        }
    }

    /** d = 64, L = 4, readout width d, no SAT head, ε = 1e-5. */
    public static GnnConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GnnConfig}; every default is stated here once. */
    public static final class Builder {
        private int hiddenSize = DEFAULT_HIDDEN_SIZE;
        private int layers = DEFAULT_LAYERS;
        private int readoutHidden = -1; // -1: same as hiddenSize
        private boolean satHead;
        private float layerNormEpsilon = DEFAULT_LAYER_NORM_EPSILON;

        public Builder optHiddenSize(int hiddenSize) {
            this.hiddenSize = hiddenSize;
            return this;
        }

        public Builder optLayers(int layers) {
            this.layers = layers;
            return this;
        }

        public Builder optReadoutHidden(int readoutHidden) {
            this.readoutHidden = readoutHidden;
            return this;
        }

        public Builder optSatHead(boolean satHead) {
            this.satHead = satHead;
            return this;
        }

        public Builder optLayerNormEpsilon(float epsilon) {
            this.layerNormEpsilon = epsilon;
            return this;
        }

        public GnnConfig build() {
            return new GnnConfig(hiddenSize, layers, readoutHidden < 0 ? hiddenSize : readoutHidden, satHead, layerNormEpsilon);
        }
    }
}
