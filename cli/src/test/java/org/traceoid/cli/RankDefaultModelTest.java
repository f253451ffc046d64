package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cli.RankAndGraphCommandTest.Run;

/** {@code rank} without {@code --model} uses the shipped default model. */
class RankDefaultModelTest {
    @Test
    void rankUsesTheDefaultModelAndSaysSo(@TempDir Path dir) throws IOException {
        Path cnf = Files.writeString(dir.resolve("f.cnf"), "p cnf 5 5\n1 2 4 0\n-1 3 4 0\n-2 -3 -5 0\n1 -3 4 0\n2 3 0\n");
        Run r = RankAndGraphCommandTest.run(new RankCommand(), cnf.toString(), "--top", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("c model: traceoid default model v2 (docs/model-card.md)\n"), r.out());
        assertEquals(2, r.out().lines().filter(l -> !l.startsWith("c ")).count(), r.out());
        Run both = RankAndGraphCommandTest.run(new RankCommand(), cnf.toString(), "--random-weights", "--model", dir.toString());
        assertEquals(1, both.code());
        assertTrue(both.err().contains("--model and --random-weights exclude each other"), both.err());
    }
}
