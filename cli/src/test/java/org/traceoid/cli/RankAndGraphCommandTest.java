package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rank} and {@code graph} as black boxes: arguments in, exit code and text out. */
class RankAndGraphCommandTest {
    private static final String FORMULA = "c test\np cnf 5 5\n1 2 4 0\n-1 3 4 0\n-2 -3 -5 0\n1 -3 4 0\n2 3 0\n";

    record Run(int code, String out, String err) {
    }

    static Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void rankPrintsTopVariablesAndSaysTheWeightsAreRandom(@TempDir Path dir) throws IOException {
        Path cnf = Files.writeString(dir.resolve("f.cnf"), FORMULA);
        Run r = run(new RankCommand(), cnf.toString(), "--top", "3", "--random-weights", "--seed", "7");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("c no trained model: seeded random weights (seed 7)"), r.out());
        assertTrue(r.out().contains("c inference time: "), r.out());
        long rows = r.out().lines().filter(l -> !l.startsWith("c ")).count();
        assertEquals(3, rows, r.out());
        assertTrue(r.out().lines().filter(l -> !l.startsWith("c ")).allMatch(l -> l.matches("\\d+ \\d+ -?\\d+\\.\\d{6} (true|false) \\d\\.\\d{4}")), r.out());
        assertEquals(r.out().replaceAll("c inference time: .*", ""),
                run(new RankCommand(), cnf.toString(), "--top", "3", "--random-weights", "--seed", "7").out().replaceAll("c inference time: .*", ""),
                "same seed, same ranking");
    }

    @Test
    void rankReportsInputAndUsageErrors(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.cnf"), "p cnf 2 1\n1 x 0\n");
        Run r = run(new RankCommand(), bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("traceoid: " + bad + ":2:"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());

        Run missing = run(new RankCommand(), dir.resolve("nope.cnf").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Run noModel = run(new RankCommand(), Files.writeString(dir.resolve("g.cnf"), FORMULA).toString(),
                "--model", dir.resolve("no-model").toString());
        assertEquals(2, noModel.code());
        assertEquals(1, noModel.err().lines().count(), noModel.err());

        assertEquals(1, run(new RankCommand(), "--top").code());
        assertEquals(1, run(new RankCommand()).code());
        assertEquals(1, run(new RankCommand(), bad.toString(), "--top", "-1").code());
    }

    @Test
    void graphStatisticsAndExports(@TempDir Path dir) throws IOException {
        Path cnf = Files.writeString(dir.resolve("f.cnf"), FORMULA);
        Run stats = run(new GraphCommand(), cnf.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("variables: 5\nclauses: 5\nliteral occurrences: 14\n"), stats.out());
        assertTrue(stats.out().contains("modularity"), stats.out());

        Run dot = run(new GraphCommand(), cnf.toString(), "--format", "dot", "--kind", "variable");
        assertEquals(0, dot.code(), dot.err());
        assertTrue(dot.out().contains("\"v1\" -- \"c0\""), dot.out());

        Run graphml = run(new GraphCommand(), cnf.toString(), "--format", "graphml");
        assertTrue(graphml.out().contains("<node id=\"l-5\">"), graphml.out());

        Run json = run(new GraphCommand(), cnf.toString(), "--format", "json", "--kind", "literal");
        assertTrue(json.out().startsWith("{\"nodes\":["), json.out());

        assertEquals(1, run(new GraphCommand(), cnf.toString(), "--format", "png").code());
        assertEquals(1, run(new GraphCommand(), cnf.toString(), "--kind", "clause").code());
        Run bad = run(new GraphCommand(), Files.writeString(dir.resolve("bad.cnf"), "p cnf 1 1\n2 0\n").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().matches("(?s).*bad\\.cnf:2:\\d+: .*\\n"), bad.err());
    }
}
