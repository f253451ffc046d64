package org.traceoid.corpora.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code results.jsonl}: one JSON object per line, one line per run, appended and forced to
 * the disk ({@link FileChannel#force}) before the run counts as done, so a crash of the sweep
 * loses at most the line being written. Reading skips a line that does not parse (a write cut
 * off by a kill) and, for a run recorded twice, keeps the last line. Cost per append: one
 * small write and one fsync (about a millisecond on a local disk), negligible next to a JVM start.
 */
public final class ResultsLog implements Closeable {
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false);

    private final FileChannel channel;

    private ResultsLog(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens {@code file} for appending, creating it; a last line cut off by a kill is ended first. */
    public static ResultsLog append(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        long size = channel.size();
        if (size > 0) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            if (last.get(0) != '\n') {
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}), size);
            }
        }
        channel.position(channel.size());
        return new ResultsLog(channel);
    }

    /** Appends one run and forces it to the disk. Safe to call from several worker threads. */
    public synchronized void write(RunResult result) throws IOException {
        ByteBuffer line = ByteBuffer.wrap((toJson(result) + "\n").getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) {
            channel.write(line);
        }
        channel.force(true);
    }

    static String toJson(RunResult result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a RunResult always serializes", e);
        }
    }

    /** The runs in {@code file} (none if it does not exist), last line winning per run; bad lines go to {@code warnings}. */
    public static List<RunResult> read(Path file, Consumer<String> warnings) throws IOException {
        Map<RunResult.RunKey, RunResult> runs = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                RunResult result = JSON.readValue(line, RunResult.class);
                runs.remove(result.key());
                runs.put(result.key(), result);
            } catch (IOException | RuntimeException e) {
                warnings.accept(file + ":" + (i + 1) + ": skipped a line that does not parse (a write cut off by a kill?)");
            }
        }
        return new ArrayList<>(runs.values());
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
