package org.traceoid.gnn.layers;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The network: one learned initial vector per node kind, {@code L} {@link HopfConvolutionBlock}s,
 * and readouts (HOPF.md §3):
 * <ul>
 *   <li>branching score {@code s_v = r(h_x) + r(h_¬x)}, invariant under flipping {@code v};</li>
 *   <li>phase logit {@code z_v = q(h_x) − q(h_¬x)}, odd under flipping {@code v};</li>
 *   <li>optionally a SAT logit from the means of the literal and clause embeddings.</li>
 * </ul>
 * No index, sign or degree feature enters: the only inputs are {@code B} and {@code Bᵀ}, so the
 * outputs are {@code B_n × S_m}-equivariant by construction, and the tests check it.
 *
 * <p>Inputs: {@code B} ({@code m × 2n} COO) and {@code Bᵀ} ({@code 2n × m} COO), as made by
 * {@link GraphTensors}. Outputs: {@code H_L} ({@code 2n × d}), {@code H_C} ({@code m × d}),
 * scores ({@code n}), phase logits ({@code n}) and, with the SAT head, the SAT logit ({@code 1}).
 */
public final class TraceoidGnn extends AbstractBlock {
    private static final byte VERSION = 1;

    private final GnnConfig config;
    private final Parameter initialLiteral;
    private final Parameter initialClause;
    private final List<HopfConvolutionBlock> layers = new ArrayList<>();
    private final Block scoreHead;
    private final Block phaseHead;
    private final Block satHead;

    public TraceoidGnn(GnnConfig config) {
        super(VERSION);
        this.config = config;
        initialLiteral = addParameter(Parameter.builder().setName("initialLiteral").setType(Parameter.Type.OTHER)
                .optInitializer(new NormalInitializer(1)).build());
        initialClause = addParameter(Parameter.builder().setName("initialClause").setType(Parameter.Type.OTHER)
                .optInitializer(new NormalInitializer(1)).build());
        for (int i = 0; i < config.layers(); i++) {
            layers.add(addChildBlock("layer" + i, HopfConvolutionBlock.builder().setHiddenSize(config.hiddenSize())
                    .optLayerNormEpsilon(config.layerNormEpsilon()).build()));
        }
        scoreHead = addChildBlock("score", mlp(config.readoutHidden()));
        phaseHead = addChildBlock("phase", mlp(config.readoutHidden()));
        satHead = config.satHead() ? addChildBlock("sat", Linear.builder().setUnits(1).build()) : null;
    }

    private static Block mlp(int hidden) {
        return new SequentialBlock()
                .add(Linear.builder().setUnits(hidden).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(1).build());
    }

    public GnnConfig config() {
        return config;
    }

    /** Initialises every parameter's shape and array (DJL's initializers; see {@code ModelStore} for seeded values). */
    public void initialize(NDManager manager, DataType dataType) {
        initialize(manager, dataType, new Shape(1, 2), new Shape(2, 1));
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        int d = config.hiddenSize();
        for (HopfConvolutionBlock layer : layers) {
            layer.initialize(manager, dataType, new Shape(2, d), new Shape(1, d), new Shape(1, 2), new Shape(2, 1));
        }
        scoreHead.initialize(manager, dataType, new Shape(1, d));
        phaseHead.initialize(manager, dataType, new Shape(1, d));
        if (satHead != null) {
            satHead.initialize(manager, dataType, new Shape(1, 2L * d));
        }
    }

    /** {@inheritDoc} */
    @Override
    protected void prepare(Shape[] inputShapes) {
        initialLiteral.setShape(new Shape(config.hiddenSize()));
        initialClause.setShape(new Shape(config.hiddenSize()));
    }

    /**
     * {@code rows} copies of the parameter vector {@code initial} (a view), owned by {@code owner}.
     *
     * <p>Why the attach: DJL puts an operation's result on its first operand's manager, here the
     * parameter's, which lives as long as the model. Every later array of the forward pass
     * (layer outputs, heads, scores) inherits that manager from these two, so without the attach
     * each call left its outputs, and when training their whole autograd graph, on the model's
     * manager: about 200 MB more per training epoch, 12 GB per process after 60 epochs. With it
     * everything belongs to the caller's manager (the input tensors') and goes when that closes.
     */
    private static NDArray broadcastRows(NDArray initial, long rows, int d, NDManager owner) {
        try (NDArray row = initial.reshape(1, d)) {
            NDArray broadcast = row.broadcast(new Shape(rows, d));
            broadcast.attach(owner);
            return broadcast;
        }
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray b = inputs.get(0);
        NDArray bT = inputs.get(1);
        long m = b.getShape().get(0);
        long literals = b.getShape().get(1);
        long n = literals / 2;
        int d = config.hiddenSize();
        Device device = b.getDevice();
        NDManager owner = b.getManager();
        NDArray hL = broadcastRows(store.getValue(initialLiteral, device, training), literals, d, owner);
        NDArray hC = broadcastRows(store.getValue(initialClause, device, training), m, d, owner);
        for (HopfConvolutionBlock layer : layers) {
            NDList next = layer.forward(store, new NDList(hL, hC, b, bT), training, params);
            // The previous embeddings are dead here (autograd, when recording, holds its own references).
            hL.close();
            hC.close();
            hL = next.get(0);
            hC = next.get(1);
        }
        // Literal rows are [positive 1..n, negative 1..n]: reshape(2, n) puts x_v above ¬x_v.
        NDArray r = scoreHead.forward(store, new NDList(hL), training, params).singletonOrThrow().reshape(2, n);
        NDArray q = phaseHead.forward(store, new NDList(hL), training, params).singletonOrThrow().reshape(2, n);
        NDArray scores = r.get(0).add(r.get(1));
        NDArray phaseLogits = q.get(0).sub(q.get(1));
        NDList out = new NDList(hL, hC, scores, phaseLogits);
        if (satHead != null) {
            NDArray pooled = NDArrays.concat(new NDList(hL.mean(new int[] {0}, true), hC.mean(new int[] {0}, true)), 1);
            out.add(satHead.forward(store, new NDList(pooled), training, params).singletonOrThrow().reshape(1));
        }
        return out;
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long m = inputShapes[0].get(0);
        long literals = inputShapes[0].get(1);
        Shape[] shapes = {new Shape(literals, config.hiddenSize()), new Shape(m, config.hiddenSize()),
            new Shape(literals / 2), new Shape(literals / 2), new Shape(1)};
        return satHead != null ? shapes : java.util.Arrays.copyOf(shapes, 4);
    }

    /** {@inheritDoc} */
    @Override
    protected void saveMetadata(DataOutputStream os) throws IOException {
        os.writeInt(config.hiddenSize());
        os.writeInt(config.layers());
        os.writeInt(config.readoutHidden());
        os.writeBoolean(config.satHead());
    }

    /** {@inheritDoc} */
    @Override
    public void loadMetadata(byte loadVersion, DataInputStream is) throws IOException, MalformedModelException {
        if (loadVersion != VERSION) {
            throw new MalformedModelException("Unsupported encoding version of TraceoidGnn: " + loadVersion);
        }
        GnnConfig stored = new GnnConfig(is.readInt(), is.readInt(), is.readInt(), is.readBoolean(),
                config.layerNormEpsilon());
        if (!stored.equals(config)) {
            throw new MalformedModelException("parameters were saved for " + stored + ", not " + config);
        }
    }
}
