package org.traceoid.gnn.layers;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One Hopf convolution layer on the literal–clause quiver of a formula (HOPF.md §2–§3).
 *
 * <p>The kernel {@code φ_θ} lives on paths of length ≤ 1 and depends only on node kind and arrow
 * type: {@code S_L}, {@code S_C} on the trivial paths, {@code W_lc}, {@code W_cl}, {@code W_fl} on
 * the three arrow types. Its linear part is the module action {@code ρ(φ_θ)} in the efficient form
 * <pre>
 * Z_C = H_C S_C + B  (H_L W_lc)
 * Z_L = H_L S_L + Flip(H_L) W_fl + Bᵀ (H_C W_cl)
 * </pre>
 * with weights acting on the right, nodes multiplied by {@code W} first and then summed through
 * sparse COO matmul (never per edge), so one layer costs {@code O(E·d + (2n+m)·d²)} time and
 * {@code O(E + (2n+m)·d)} memory. Sum aggregation, not mean: with constant initial vectors mean
 * aggregation collapses every literal to one vector. The nonlinear step is the residual
 * {@code H' = H + ReLU(LayerNorm(Z))}, LayerNorm per node with a gain and shift per node kind;
 * the residual is the convolution unit {@code u = η∘ε}.
 *
 * <p>Inputs: {@code H_L} ({@code 2n × d}, positive literals then negative ones), {@code H_C}
 * ({@code m × d}), {@code B} ({@code m × 2n}, sparse COO) and {@code Bᵀ} ({@code 2n × m}, its own
 * COO). Outputs: {@code H_L'}, {@code H_C'}. Layout follows {@code ai.djl.nn.core.Linear}:
 * a version byte, parameters declared in the constructor, shapes set in {@link #prepare},
 * parameters read in {@link #forwardInternal}, versioned metadata.
 */
public final class HopfConvolutionBlock extends AbstractBlock {
    private static final byte VERSION = 1;

    private long hiddenSize;
    private float layerNormEpsilon;

    private final Parameter selfLiteral;   // S_L
    private final Parameter selfClause;    // S_C
    private final Parameter literalToClause; // W_lc
    private final Parameter clauseToLiteral; // W_cl
    private final Parameter flip;          // W_fl
    private final Parameter gainLiteral;
    private final Parameter shiftLiteral;
    private final Parameter gainClause;
    private final Parameter shiftClause;

    HopfConvolutionBlock(Builder builder) {
        super(VERSION);
        hiddenSize = builder.hiddenSize;
        layerNormEpsilon = builder.layerNormEpsilon;
        selfLiteral = addParameter(weight("selfLiteral"));
        selfClause = addParameter(weight("selfClause"));
        literalToClause = addParameter(weight("literalToClause"));
        clauseToLiteral = addParameter(weight("clauseToLiteral"));
        flip = addParameter(weight("flip"));
        gainLiteral = addParameter(Parameter.builder().setName("gainLiteral").setType(Parameter.Type.GAMMA).build());
        shiftLiteral = addParameter(Parameter.builder().setName("shiftLiteral").setType(Parameter.Type.BETA).build());
        gainClause = addParameter(Parameter.builder().setName("gainClause").setType(Parameter.Type.GAMMA).build());
        shiftClause = addParameter(Parameter.builder().setName("shiftClause").setType(Parameter.Type.BETA).build());
    }

    private static Parameter weight(String name) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optInitializer(new XavierInitializer()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public long hiddenSize() {
        return hiddenSize;
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray hL = inputs.get(0);
        NDArray hC = inputs.get(1);
        NDArray b = inputs.get(2);
        NDArray bT = inputs.get(3);
        Device device = hL.getDevice();
        // Every intermediate of this layer is freed when the scope closes; only H_L', H_C' survive.
        // Without it DJL keeps all of them until the caller's manager closes (about 15 tensors of
        // (2n+m)·d floats per layer). Autograd keeps what backward needs by its own references.
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDList z = linearPart(hL, hC, b, bT,
                    store.getValue(selfLiteral, device, training), store.getValue(selfClause, device, training),
                    store.getValue(literalToClause, device, training), store.getValue(clauseToLiteral, device, training),
                    store.getValue(flip, device, training));
            NDArray nextL = residual(hL, Activation.relu(layerNorm(z.get(0),
                    store.getValue(gainLiteral, device, training), store.getValue(shiftLiteral, device, training))), training);
            NDArray nextC = residual(hC, Activation.relu(layerNorm(z.get(1),
                    store.getValue(gainClause, device, training), store.getValue(shiftClause, device, training))), training);
            NDScope.unregister(nextL, nextC);
            return new NDList(nextL, nextC);
        }
    }

    /**
     * The linear part {@code ρ(φ_θ)}: returns {@code (Z_L, Z_C)}. Weights act on the right
     * ({@code d_in × d_out}). {@code B} and {@code Bᵀ} may be sparse (COO) or dense.
     */
    public static NDList linearPart(NDArray hL, NDArray hC, NDArray b, NDArray bT,
            NDArray sL, NDArray sC, NDArray wLc, NDArray wCl, NDArray wFl) {
        // Sums accumulate in place into fresh matmul outputs (autograd-safe: a matmul's backward
        // needs its inputs, not its output), saving one (2n+m)·d buffer per addition.
        NDArray zC = hC.matMul(sC);
        zC.addi(b.matMul(hL.matMul(wLc)));
        NDArray zL = hL.matMul(sL);
        zL.addi(flipRows(hL).matMul(wFl));
        zL.addi(bT.matMul(hC.matMul(wCl)));
        return new NDList(zL, zC);
    }

    /** Rows {@code [n:]} then {@code [:n]} of a {@code 2n}-row array: the literal flip. */
    public static NDArray flipRows(NDArray hL) {
        long n = hL.getShape().get(0) / 2;
        if (n == 0) {
            return hL;
        }
        return NDArrays.concat(new NDList(hL.get(new NDIndex(n + ":")), hL.get(new NDIndex(":" + n))));
    }

    /**
     * {@code h + update}. In inference the sum goes into {@code update}'s buffer; when training it
     * must not, because ReLU's backward reads its own output.
     */
    private static NDArray residual(NDArray h, NDArray update, boolean training) {
        return training ? h.add(update) : update.addi(h);
    }

    /** LayerNorm over the feature axis, PyTorch's fused kernel: {@code γ ⊙ (z − mean) / √(var + ε) + β}. */
    private NDArray layerNorm(NDArray z, NDArray gain, NDArray shift) {
        return LayerNorm.layerNorm(z, new Shape(hiddenSize), gain, shift, layerNormEpsilon).singletonOrThrow();
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0], inputShapes[1]};
    }

    /** {@inheritDoc} */
    @Override
    protected void prepare(Shape[] inputShapes) {
        Shape square = new Shape(hiddenSize, hiddenSize);
        for (Parameter p : new Parameter[] {selfLiteral, selfClause, literalToClause, clauseToLiteral, flip}) {
            p.setShape(square);
        }
        for (Parameter p : new Parameter[] {gainLiteral, shiftLiteral, gainClause, shiftClause}) {
            p.setShape(new Shape(hiddenSize));
        }
    }

    /** {@inheritDoc} */
    @Override
    protected void saveMetadata(DataOutputStream os) throws IOException {
        os.writeLong(hiddenSize);
        os.writeFloat(layerNormEpsilon);
    }

    /** {@inheritDoc} */
    @Override
    public void loadMetadata(byte loadVersion, DataInputStream is) throws IOException, MalformedModelException {
        if (loadVersion != VERSION) {
            throw new MalformedModelException("Unsupported encoding version of HopfConvolutionBlock: " + loadVersion);
        }
        hiddenSize = is.readLong();
        layerNormEpsilon = is.readFloat();
    }

    @Override
    public String toString() {
        return "HopfConvolutionBlock(d=" + hiddenSize + ")";
    }

    /** Builds a {@link HopfConvolutionBlock}; {@code set*} required, {@code opt*} optional. */
    public static final class Builder {
        private long hiddenSize;
        private float layerNormEpsilon = 1e-5f;

        Builder() {
        }

        /** The embedding width {@code d} (required). */
        public Builder setHiddenSize(long hiddenSize) {
            this.hiddenSize = hiddenSize;
            return this;
        }

        /** LayerNorm's {@code ε} (default 1e-5). */
        public Builder optLayerNormEpsilon(float epsilon) {
            this.layerNormEpsilon = epsilon;
            return this;
        }

        public HopfConvolutionBlock build() {
            if (hiddenSize <= 0) {
                throw new IllegalArgumentException("hidden size must be positive: " + hiddenSize);
            }
            if (!(layerNormEpsilon > 0)) {
                throw new IllegalArgumentException("LayerNorm epsilon must be positive: " + layerNormEpsilon);
            }
            return new HopfConvolutionBlock(this);
        }
    }
}
