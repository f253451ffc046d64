package org.traceoid.corpora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.Compression;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.corpora.generators.GeneratedInstance;
import org.traceoid.corpora.generators.InstanceGenerator;

/**
 * Writes corpora: generated instances as DIMACS files plus {@link CorpusManifest}, or a manifest
 * for a directory of existing files (so benchmark sets become corpora).
 */
public final class CorpusBuilder {
    private CorpusBuilder() {
    }

    /**
     * Writes {@code count} instances of each generator with seeds {@code seed, seed+1, …} into
     * {@code directory} (created if absent) and the manifest; files already listed there are kept.
     */
    public static CorpusManifest generate(List<InstanceGenerator> generators, int count, long seed, Path directory,
            boolean xz, String description, Consumer<String> progress) throws IOException {
        Files.createDirectories(directory);
        Map<String, CorpusManifest.Entry> entries = new LinkedHashMap<>();
        if (Files.isRegularFile(directory.resolve(CorpusManifest.FILE_NAME))) {
            for (CorpusManifest.Entry e : CorpusManifest.read(directory).instances()) {
                entries.put(e.file(), e);
            }
        }
        for (int i = 0; i < count; i++) {
            for (InstanceGenerator generator : generators) {
                GeneratedInstance instance = GeneratedInstance.of(generator, seed + i);
                String file = instance.name() + (xz ? ".cnf.xz" : ".cnf");
                DimacsWriter.write(instance.cnf(), directory.resolve(file), instance.comments());
                entries.put(file, new CorpusManifest.Entry(file, instance.family(), instance.parameters(), instance.seed(),
                        statusName(instance.expected()), GbdHash.of(instance.cnf()), instance.cnf().variableCount(),
                        instance.cnf().clauseCount()));
                progress.accept(file);
            }
        }
        List<CorpusManifest.Entry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(CorpusManifest.Entry::file));
        CorpusManifest manifest = new CorpusManifest(CorpusManifest.FORMAT, CorpusManifest.VERSION, description, sorted);
        manifest.write(directory);
        return manifest;
    }

    /**
     * Writes the manifest for the DIMACS files ({@code .cnf} plus any compression suffix) directly
     * in {@code directory}. Family, parameters, seed and expected status come from our {@code c}
     * lines where a file has them ({@code family} is {@code external} otherwise).
     */
    public static CorpusManifest index(Path directory, Consumer<String> progress) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> Files.isRegularFile(p) && isDimacsName(p.getFileName().toString())).sorted().toList();
        }
        List<CorpusManifest.Entry> entries = new ArrayList<>();
        for (Path file : files) {
            Cnf cnf = DimacsReader.strict().read(file);
            Header header = Header.read(file);
            entries.add(new CorpusManifest.Entry(file.getFileName().toString(), header.family, header.parameters,
                    header.seed, header.expected, GbdHash.ofFile(file), cnf.variableCount(), cnf.clauseCount()));
            progress.accept(file.getFileName().toString());
        }
        CorpusManifest manifest = new CorpusManifest(CorpusManifest.FORMAT, CorpusManifest.VERSION,
                "traceoid gen " + directory, entries);
        manifest.write(directory);
        return manifest;
    }

    static boolean isDimacsName(String name) {
        return name.matches(".*\\.(cnf|dimacs)(\\.(gz|bz2|xz|lzma))?");
    }

    static String statusName(SolveStatus status) {
        return switch (status) {
            case SATISFIABLE -> "sat";
            case UNSATISFIABLE -> "unsat";
            case UNKNOWN -> "unknown";
        };
    }

    /** What our generators' {@code c} lines say (see {@link GeneratedInstance#comments()}). */
    private static final class Header {
        String family = "external";
        Map<String, Object> parameters;
        Long seed;
        String expected = "unknown";

        static Header read(Path file) throws IOException {
            Header header = new Header();
            try (var in = Compression.decompressing(new java.io.BufferedInputStream(Files.newInputStream(file)));
                    var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null && line.startsWith("c")) {
                    String text = line.substring(1).trim();
                    if (text.startsWith("generated by traceoid gen ")) {
                        header.family = text.substring("generated by traceoid gen ".length()).trim();
                    } else if (text.startsWith("parameters:")) {
                        header.parameters = new LinkedHashMap<>();
                        for (String pair : text.substring("parameters:".length()).trim().split(" ")) {
                            int eq = pair.indexOf('=');
                            if (eq > 0) {
                                header.parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
                            }
                        }
                    } else if (text.startsWith("seed: ")) {
                        try {
                            header.seed = Long.parseLong(text.substring(6).trim());
                        } catch (NumberFormatException e) {
                            header.seed = null; // someone else's comment: not our seed line
                        }
                    } else if (text.startsWith("expected: ")) {
                        String value = text.substring(10).trim().toLowerCase(Locale.ROOT);
                        header.expected = switch (value) {
                            case "satisfiable", "sat" -> "sat";
                            case "unsatisfiable", "unsat" -> "unsat";
                            default -> "unknown";
                        };
                    }
                }
            }
            return header;
        }
    }
}
