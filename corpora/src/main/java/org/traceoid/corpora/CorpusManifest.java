package org.traceoid.corpora;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE_NAME}: what a corpus directory holds, one entry per instance: file (relative to
 * the directory), family, parameters, seed, expected status ({@code sat}, {@code unsat} or
 * {@code unknown}), GBD hash, and size. Written by {@code traceoid gen}; read by {@code label}
 * and {@code train}.
 *
 * @param format    always {@value #FORMAT}
 * @param version   {@value #VERSION}
 * @param generator the command line or description that made it
 * @param instances one entry per instance, in file-name order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorpusManifest(String format, int version, String generator, List<Entry> instances) {
    public static final String FILE_NAME = "corpus.json";
    public static final String FORMAT = "traceoid-corpus";
    public static final int VERSION = 1;

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CorpusManifest {
        instances = List.copyOf(instances);
    }

    /** One instance. {@code seed} is null for files that were not generated here. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String file, String family, Map<String, Object> parameters, Long seed, String expected,
            String gbdHash, int variables, int clauses) {
    }

    public void write(Path directory) throws IOException {
        JSON.writeValue(directory.resolve(FILE_NAME).toFile(), this);
    }

    public static CorpusManifest read(Path directory) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no corpus manifest (run traceoid gen first)");
        }
        CorpusManifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), CorpusManifest.class);
        } catch (IOException e) {
            throw new IOException(file + ": not a corpus manifest: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(manifest.format()) || manifest.version() != VERSION) {
            throw new IOException(file + ": not a " + FORMAT + " manifest of version " + VERSION);
        }
        return manifest;
    }
}
