package org.traceoid.corpora.sweep;

import org.traceoid.corpora.GbdHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.SolveStatus;

class InstancesTest {
    /** The GBD hash of "p cnf 2 2 / 1 -2 0 / 2 0" (the test vector). */
    static final String TWO_CLAUSES = "177c0b03f0c47b5f973797b2f46c901d";

    static final String TWO = "p cnf 2 2\n1 -2 0\n2 0\n";

    @Test
    void directoriesGlobsManifestsAndDuplicates(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("c/sub"));
        Files.writeString(dir.resolve("c/a.cnf"), TWO);
        Files.writeString(dir.resolve("c/sub/b.cnf"), "p cnf 1 1\n1 0\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("c/sub/a-copy.cnf.gz")))) {
            gz.write(TWO.getBytes());
        }
        Files.writeString(dir.resolve("c/notes.txt"), "not an instance");
        Files.writeString(dir.resolve("c/manifest.csv"), "family,file,expected\nx,a.cnf,SAT\nx,sub/b.cnf,UNSAT\n");
        List<String> warnings = new ArrayList<>();
        List<Instance> found = Instances.resolve(List.of(dir.resolve("c").toString()), warnings::add);
        assertEquals(List.of("a.cnf", "sub/b.cnf"), found.stream().map(Instance::name).toList());
        assertEquals(List.of(SolveStatus.SATISFIABLE, SolveStatus.UNSATISFIABLE),
                found.stream().map(Instance::expected).toList());
        assertEquals(TWO_CLAUSES, found.get(0).gbd());
        assertEquals(List.of("x", "x"), found.stream().map(Instance::family).toList(), "families from manifest.csv");
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(dir.resolve("c/sub/a-copy.cnf.gz") + ": same formula (GBD " + TWO_CLAUSES + ") as "
                + dir.resolve("c/a.cnf") + "; run once", warnings.get(0));

        List<Instance> globbed = Instances.resolve(List.of(dir + "/c/**.cnf.gz"), w -> { });
        assertEquals(List.of("sub/a-copy.cnf.gz"), globbed.stream().map(Instance::name).toList());
        assertEquals("sub", globbed.get(0).family(), "no manifest: the file's directory");

        Files.writeString(corpus.resolve("corpus.json"), """
                {"version": 2, "instances": [{"file": "b.cnf", "expected": "UNSAT", "gbd": "%s", "tags": ["x"]},
                  {"file": "a-copy.cnf.gz"}]}
                """.formatted(GbdHash.ofFile(dir.resolve("c/sub/b.cnf"))));
        List<Instance> manifest = Instances.resolve(List.of(corpus.resolve("corpus.json").toString()), w -> { });
        assertEquals(List.of("b.cnf", "a-copy.cnf.gz"), manifest.stream().map(Instance::name).toList());
        assertEquals(List.of(SolveStatus.UNSATISFIABLE, SolveStatus.UNKNOWN),
                manifest.stream().map(Instance::expected).toList());
        assertEquals(manifest, Instances.resolve(List.of(corpus.toString()), w -> { }), "a directory with corpus.json");
        Files.writeString(corpus.resolve("corpus.json"), "{\"instances\": [{\"file\": \"b.cnf\", \"family\": \"php\"}]}");
        assertEquals("php", Instances.resolve(List.of(corpus.toString()), w -> { }).get(0).family());
        Files.delete(corpus.resolve("corpus.json"));
        assertEquals(List.of("sub", "sub"), Instances.resolve(List.of(corpus.toString()), w -> { }).stream()
                .map(Instance::family).toList(), "a flat directory: its name");
    }

    @Test
    void missingFilesAreInputErrors(@TempDir Path dir) throws IOException {
        assertThrows(NoSuchFileException.class, () -> Instances.resolve(List.of(dir.resolve("x.cnf").toString()), w -> { }));
        Files.writeString(dir.resolve("corpus.json"), "{\"instances\": [{\"file\": \"gone.cnf\"}]}");
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> Instances.resolve(List.of(dir.resolve("corpus.json").toString()), w -> { }));
        assertEquals(dir.resolve("gone.cnf") + " (instances[0] of " + dir.resolve("corpus.json") + ")", e.getMessage());
        Files.writeString(dir.resolve("corpus.json"), "[1, 2]");
        assertEquals(dir.resolve("corpus.json") + ": a corpus manifest is a JSON object with an 'instances' array",
                assertThrows(IOException.class,
                        () -> Instances.resolve(List.of(dir.resolve("corpus.json").toString()), w -> { })).getMessage());
    }
}
