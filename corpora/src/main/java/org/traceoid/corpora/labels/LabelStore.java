package org.traceoid.corpora.labels;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@value #FILE_NAME} next to a corpus's {@code corpus.json}: labels keyed by GBD hash, so a
 * renamed or copied file keeps its labels and duplicates are labelled once.
 *
 * @param format  always {@value #FORMAT}
 * @param version {@value #VERSION}
 * @param labels  GBD hash → labels, sorted by hash (stable diffs)
 */
public record LabelStore(String format, int version, Map<String, InstanceLabels> labels) {
    public static final String FILE_NAME = "labels.json";
    public static final String FORMAT = "traceoid-labels";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public LabelStore {
        labels = new TreeMap<>(labels);
    }

    public static LabelStore empty() {
        return new LabelStore(FORMAT, VERSION, Map.of());
    }

    /** The store in {@code directory}, or an empty one if there is none yet. */
    public static LabelStore readOrEmpty(Path directory) throws IOException {
        return Files.isRegularFile(directory.resolve(FILE_NAME)) ? read(directory) : empty();
    }

    public static LabelStore read(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no labels (run traceoid label first)");
        }
        LabelStore store;
        try {
            store = JSON.readValue(file.toFile(), LabelStore.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a label file: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(store.format()) || store.version() != VERSION) {
            throw new IOException(file + ": not a " + FORMAT + " file of version " + VERSION);
        }
        return store;
    }

    /** Writes atomically (a temp file moved over the old one), so an interrupted run loses nothing. */
    public void write(Path directory) throws IOException {
        Path tmp = directory.resolve(FILE_NAME + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, directory.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
