package org.traceoid.corpora.sweep;

import org.traceoid.corpora.GbdHash;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.traceoid.cnf.SolveStatus;

/**
 * Turns the sweep's INSTANCES arguments into instances: a {@code corpus.json} manifest (an
 * object whose {@code instances} array holds objects with {@code file} relative to the manifest,
 * optionally {@code expected} and {@code gbd}; other fields ignored), a directory (every
 * {@code .cnf}/{@code .dimacs} file below it, plain or {@code .gz .bz2 .xz .lzma}; expected
 * answers from a {@code corpus.json} or a {@code manifest.csv} with {@code file} and
 * {@code expected} columns in it), a glob ({@code dir/*.cnf}, {@code dir/**.cnf.xz}), or a
 * file. Each instance is identified by its GBD hash; a file whose hash was already seen is
 * skipped with a warning. Cost: one pass over every file to hash it.
 */
public final class Instances {
    private static final Pattern CNF_NAME = Pattern.compile(".*\\.(cnf|dimacs)(\\.(gz|bz2|xz|lzma))?$",
            Pattern.CASE_INSENSITIVE);

    private Instances() {
    }

    /** The instances the arguments name, in argument order, files in each directory sorted by path. */
    public static List<Instance> resolve(List<String> arguments, Consumer<String> warnings) throws IOException {
        Map<String, Instance> byHash = new LinkedHashMap<>();
        for (String argument : arguments) {
            for (Candidate candidate : candidates(argument)) {
                String gbd = GbdHash.ofFile(candidate.file());
                if (candidate.manifestGbd() != null && !candidate.manifestGbd().equalsIgnoreCase(gbd)) {
                    warnings.accept(candidate.file() + ": the manifest's GBD hash " + candidate.manifestGbd()
                            + " differs from the file's " + gbd + "; using the file's");
                }
                Instance instance = new Instance(candidate.file(), candidate.name(), gbd, candidate.expected(),
                        candidate.family());
                Instance earlier = byHash.putIfAbsent(gbd, instance);
                if (earlier != null) {
                    warnings.accept(candidate.file() + ": same formula (GBD " + gbd + ") as " + earlier.file()
                            + "; run once");
                }
            }
        }
        return new ArrayList<>(byHash.values());
    }

    private record Candidate(Path file, String name, SolveStatus expected, String manifestGbd, String family) {
    }

    private static List<Candidate> candidates(String argument) throws IOException {
        if (argument.matches(".*[*?\\[{].*")) {
            return glob(argument);
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            Path json = path.resolve("corpus.json");
            if (Files.isRegularFile(json)) {
                return manifest(json);
            }
            Map<String, String[]> rows = csvRows(path.resolve("manifest.csv"));
            List<Candidate> found = new ArrayList<>();
            String directoryName = path.toAbsolutePath().normalize().getFileName() == null ? ""
                    : path.toAbsolutePath().normalize().getFileName().toString();
            for (Path file : walk(path)) {
                String name = path.relativize(file).toString();
                String[] row = rows.getOrDefault(name, new String[] {"", ""});
                // family: the manifest's, else the first directory below the argument, else the argument's name
                String family = !row[1].isEmpty() ? row[1] : name.contains("/") ? Instance.familyOf(name) : directoryName;
                found.add(new Candidate(file, name, expectation(row[0]), null, family));
            }
            return found;
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(argument);
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return manifest(path);
        }
        return List.of(new Candidate(path, path.getFileName().toString(), SolveStatus.UNKNOWN, null, parentName(path)));
    }

    private static List<Candidate> glob(String pattern) throws IOException {
        int firstMeta = 0;
        while (firstMeta < pattern.length() && "*?[{".indexOf(pattern.charAt(firstMeta)) < 0) {
            firstMeta++;
        }
        int slash = pattern.lastIndexOf('/', firstMeta);
        Path base = slash < 0 ? Path.of(".") : Path.of(pattern.substring(0, Math.max(slash, 1)));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Candidate> found = new ArrayList<>();
        if (!Files.isDirectory(base)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path asGiven = slash < 0 ? base.relativize(file) : file;
                if (matcher.matches(asGiven)) {
                    found.add(new Candidate(file, base.relativize(file).toString(), SolveStatus.UNKNOWN, null,
                            parentName(file)));
                }
            }
        }
        return found;
    }

    private static List<Path> walk(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> CNF_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
    }

    private static List<Candidate> manifest(Path json) throws IOException {
        JsonNode root = ResultsLog.JSON.readTree(json.toFile());
        JsonNode list = root == null ? null : root.get("instances");
        if (list == null || !list.isArray()) {
            throw new IOException(json + ": a corpus manifest is a JSON object with an 'instances' array");
        }
        Path base = json.toAbsolutePath().getParent();
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            JsonNode file = entry.get("file");
            if (file == null || !file.isTextual()) {
                throw new IOException(json + ": instances[" + i + "] has no 'file'");
            }
            Path path = base.resolve(file.asText()).normalize();
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path + " (instances[" + i + "] of " + json + ")");
            }
            JsonNode gbd = entry.get("gbd");
            String family = entry.path("family").asText("");
            found.add(new Candidate(path, file.asText(), expectation(entry.path("expected").asText("")),
                    gbd != null && gbd.isTextual() ? gbd.asText() : null,
                    family.isEmpty() || family.equals("external") ? parentName(path) : family));
        }
        return found;
    }

    /** The directory a file is in, by name: a family for files that no manifest describes. */
    private static String parentName(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
    }

    /** {@code manifest.csv}: per file, its expected answer and family ("" where a column is absent). */
    private static Map<String, String[]> csvRows(Path csv) throws IOException {
        Map<String, String[]> rows = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = List.of(lines.get(0).strip().split(","));
        int fileColumn = header.indexOf("file");
        int expectedColumn = header.indexOf("expected");
        int familyColumn = header.indexOf("family");
        if (fileColumn < 0) {
            return rows;
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split(",");
            if (cells.length > fileColumn) {
                rows.put(cells[fileColumn], new String[] {cell(cells, expectedColumn), cell(cells, familyColumn)});
            }
        }
        return rows;
    }

    private static String cell(String[] cells, int column) {
        return column >= 0 && column < cells.length ? cells[column].strip() : "";
    }

    static SolveStatus expectation(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "SAT", "SATISFIABLE", "10" -> SolveStatus.SATISFIABLE;
            case "UNSAT", "UNSATISFIABLE", "20" -> SolveStatus.UNSATISFIABLE;
            default -> SolveStatus.UNKNOWN;
        };
    }
}
