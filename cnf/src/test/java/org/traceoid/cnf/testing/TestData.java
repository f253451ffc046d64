package org.traceoid.cnf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.traceoid.cnf.SolveStatus;

/**
 * The project's test data under {@code testdata/} at the repository root: {@code public/}
 * (SATLIB families with {@code manifest.csv}, copied from shared/corpora/public) and
 * {@code proofs/} (drat-trim's examples). Found by walking up from the working directory, so
 * it works from the root and from a module.
 */
public final class TestData {
    private TestData() {
    }

    /** One row of {@code testdata/public/manifest.csv} ({@code cadicalSeconds}: cadical's time, a hardness hint). */
    public record Instance(String family, Path file, int variables, int clauses, SolveStatus expected,
            double cadicalSeconds) {
        @Override
        public String toString() {
            return root().resolve("public").relativize(file).toString();
        }
    }

    /** The {@code testdata} folder. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("testdata");
            if (Files.isDirectory(candidate.resolve("public"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("testdata/ not found above " + Path.of("").toAbsolutePath());
    }

    public static Path proofs() {
        return root().resolve("proofs");
    }

    /** Every instance of the public corpus with the answer CaDiCaL found for it. */
    public static List<Instance> publicInstances() {
        Path base = root().resolve("public");
        try (Stream<String> lines = Files.lines(base.resolve("manifest.csv"))) {
            return lines.skip(1).filter(line -> !line.isBlank()).map(line -> {
                String[] f = line.split(",");
                SolveStatus expected = switch (f[4]) {
                    case "SAT" -> SolveStatus.SATISFIABLE;
                    case "UNSAT" -> SolveStatus.UNSATISFIABLE;
                    default -> SolveStatus.UNKNOWN;
                };
                return new Instance(f[0], base.resolve(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), expected,
                        Double.parseDouble(f[5]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
