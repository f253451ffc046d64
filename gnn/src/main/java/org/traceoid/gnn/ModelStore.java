package org.traceoid.gnn;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.traceoid.gnn.layers.GnnConfig;
import org.traceoid.gnn.layers.TraceoidGnn;

/**
 * Model files and seeded models. A model is a directory with {@value #CONFIG_FILE} (the versioned
 * JSON config: format, version, shape of the network, seed, whether trained) and
 * {@value #PARAMS_FILE} (DJL's block parameter encoding, itself versioned per block).
 *
 * <p>Seeded initialisation does not use the engine's global random state: every parameter is
 * filled, in the network's fixed parameter order, from one {@link SplittableRandom} — weights
 * Xavier-uniform ({@code ±√(6/(fan_in+fan_out))}), LayerNorm gains 1, shifts and biases 0,
 * initial node vectors standard normal — so the same seed gives the same model on every machine.
 */
public final class ModelStore {
    public static final String CONFIG_FILE = "model.json";
    public static final String PARAMS_FILE = "model.params";
    public static final String FORMAT = "traceoid-gnn";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelStore() {
    }

    /** A model with seeded random weights. */
    static VariableRanker seeded(GnnConfig config, long seed, DataType dataType) {
        NDManager manager = VariableRanker.newManager();
        try {
            TraceoidGnn network = new TraceoidGnn(config);
            network.initialize(manager, dataType);
            fillSeeded(network, seed);
            return new VariableRanker(manager, network, dataType, seed, false);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * For training code ({@code org.traceoid.gnn.training}): a network on {@code manager} with
     * seeded initial weights, its parameters still trainable.
     */
    public static TraceoidGnn seededNetwork(NDManager manager, GnnConfig config, long seed, DataType dataType) {
        TraceoidGnn network = new TraceoidGnn(config);
        network.initialize(manager, dataType);
        fillSeeded(network, seed);
        return network;
    }

    /**
     * For training code: wraps a trained {@code network} as a ranker that owns {@code manager}
     * (closing the ranker closes it) and freezes the parameters.
     */
    public static VariableRanker trained(NDManager manager, TraceoidGnn network, DataType dataType, long seed) {
        return new VariableRanker(manager, network, dataType, seed, true);
    }

    /** Overwrites every parameter of {@code network} with seeded values (see the class comment). */
    static void fillSeeded(TraceoidGnn network, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (Pair<String, Parameter> pair : network.getParameters()) {
            Parameter parameter = pair.getValue();
            NDArray array = parameter.getArray();
            Shape shape = array.getShape();
            double[] values = new double[Math.toIntExact(shape.size())];
            switch (parameter.getType()) {
                case WEIGHT -> {
                    double fanOut = shape.get(0);
                    double fanIn = shape.dimension() > 1 ? shape.size() / fanOut : fanOut;
                    double bound = Math.sqrt(6 / (fanIn + fanOut));
                    for (int i = 0; i < values.length; i++) {
                        values[i] = (2 * random.nextDouble() - 1) * bound;
                    }
                }
                case GAMMA -> java.util.Arrays.fill(values, 1);
                case BETA, BIAS -> java.util.Arrays.fill(values, 0);
                default -> {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = gaussian(random);
                    }
                }
            }
            set(array, values);
        }
    }

    static void set(NDArray array, double[] values) {
        if (array.getDataType() == DataType.FLOAT64) {
            array.set(values);
        } else {
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            array.set(floats);
        }
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian in Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Writes {@code ranker}'s model into {@code directory} (created if absent). */
    public static void save(VariableRanker ranker, Path directory) throws IOException {
        Files.createDirectories(directory);
        GnnConfig config = ranker.config();
        ObjectNode json = JSON.createObjectNode();
        json.put("format", FORMAT);
        json.put("formatVersion", FORMAT_VERSION);
        json.put("hiddenSize", config.hiddenSize());
        json.put("layers", config.layers());
        json.put("readoutHidden", config.readoutHidden());
        json.put("satHead", config.satHead());
        json.put("layerNormEpsilon", config.layerNormEpsilon());
        json.put("dataType", ranker.dataType().name());
        json.put("seed", ranker.seed());
        json.put("trained", ranker.isTrained());
        JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(CONFIG_FILE).toFile(), json);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(directory.resolve(PARAMS_FILE))))) {
            ranker.network().saveParameters(out);
        }
    }

    /**
     * The class-path folder of the shipped default model ({@code model.json}, {@code model.params},
     * {@code metrics.json}); its version is part of the name. docs/model-card.md says how it was
     * trained and how well it does.
     */
    public static final String DEFAULT_MODEL_RESOURCE = "/org/traceoid/gnn/default-model-v2/";

    /** The model's name as {@code rank} prints it. */
    public static final String DEFAULT_MODEL_NAME = "traceoid default model v2";

    /** Loads a model written by {@link #save}; a missing or malformed file is an {@link IOException} naming it. */
    public static VariableRanker load(Path directory) throws IOException {
        Path configFile = directory.resolve(CONFIG_FILE);
        Path paramsFile = directory.resolve(PARAMS_FILE);
        if (!Files.isRegularFile(configFile)) {
            throw new NoSuchFileException(configFile.toString(), null, "no model config");
        }
        JsonNode json = JSON.readTree(configFile.toFile());
        try (InputStream params = Files.newInputStream(paramsFile)) {
            return load(json, configFile.toString(), params, paramsFile.toString());
        }
    }

    /** Whether the default model is on the class path. */
    public static boolean hasDefault() {
        return ModelStore.class.getResource(DEFAULT_MODEL_RESOURCE + CONFIG_FILE) != null;
    }

    /** Loads the shipped default model from the class path (see {@link #DEFAULT_MODEL_RESOURCE}). */
    public static VariableRanker loadDefault() throws IOException {
        String config = DEFAULT_MODEL_RESOURCE + CONFIG_FILE;
        String params = DEFAULT_MODEL_RESOURCE + PARAMS_FILE;
        try (InputStream configIn = ModelStore.class.getResourceAsStream(config);
                InputStream paramsIn = ModelStore.class.getResourceAsStream(params)) {
            if (configIn == null || paramsIn == null) {
                throw new NoSuchFileException("classpath:" + DEFAULT_MODEL_RESOURCE, null, "no default model in this build");
            }
            return load(JSON.readTree(configIn), "classpath:" + config, paramsIn, "classpath:" + params);
        }
    }

    private static VariableRanker load(JsonNode json, String configName, InputStream paramsIn, String paramsName)
            throws IOException {
        if (!FORMAT.equals(json.path("format").asText()) || json.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IOException(configName + ": not a " + FORMAT + " model of format version " + FORMAT_VERSION);
        }
        GnnConfig config;
        DataType dataType;
        try {
            config = new GnnConfig(json.get("hiddenSize").asInt(), json.get("layers").asInt(),
                    json.get("readoutHidden").asInt(), json.get("satHead").asBoolean(),
                    (float) json.get("layerNormEpsilon").asDouble());
            dataType = DataType.valueOf(json.path("dataType").asText("FLOAT32"));
        } catch (RuntimeException e) {
            throw new IOException(configName + ": bad model config: " + e.getMessage(), e);
        }
        NDManager manager = VariableRanker.newManager();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(paramsIn))) {
            TraceoidGnn network = new TraceoidGnn(config);
            network.initialize(manager, dataType);
            network.loadParameters(manager, in);
            return new VariableRanker(manager, network, dataType, json.path("seed").asLong(),
                    json.path("trained").asBoolean());
        } catch (MalformedModelException e) {
            manager.close();
            throw new IOException(paramsName + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }
}
