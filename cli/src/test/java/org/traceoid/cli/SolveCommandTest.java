package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.dimacs.Compression;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.cnf.testing.TestData;

/** {@code traceoid solve} as a black box: arguments in, text and an exit code out. */
class SolveCommandTest {
    static final Path UF20 = TestData.root().resolve("public/uf20/uf20-0236.cnf");
    static final Path UUF50 = TestData.root().resolve("public/uuf50/uuf50-0126.cnf");

    /** What one run printed. */
    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The model printed in {@code v} lines, checked for format on the way. */
    static int[] model(Run run) {
        List<String> vLines = run.lines().stream().filter(line -> line.startsWith("v")).toList();
        assertFalse(vLines.isEmpty(), "no model printed");
        for (String line : vLines) {
            assertTrue(line.length() <= 80, "model line longer than 80 characters: " + line);
            assertTrue(line.startsWith("v "), line);
        }
        assertTrue(vLines.get(vLines.size() - 1).endsWith(" 0"), "the last v line ends in 0");
        int[] literals = vLines.stream().flatMap(line -> Arrays.stream(line.substring(2).trim().split("\\s+")))
                .mapToInt(Integer::parseInt).toArray();
        assertEquals(0, literals[literals.length - 1]);
        return Arrays.copyOf(literals, literals.length - 1);
    }

    @Test
    void satisfiableFileFollowsCompetitionConventions() throws Exception {
        Run run = run("solve", UF20.toString());
        assertEquals(10, run.exitCode());
        List<String> lines = run.lines();
        int status = lines.indexOf("s SATISFIABLE");
        assertTrue(status > 0, run.out());
        assertTrue(lines.subList(0, status).stream().allMatch(line -> line.startsWith("c ")), "only c lines before s");
        assertTrue(lines.subList(status + 1, lines.size()).stream().allMatch(line -> line.startsWith("v ")));
        assertTrue(lines.contains("c certified: model satisfies all 91 clauses"), run.out());
        assertTrue(lines.contains("c variables: 20, clauses: 91, literal occurrences: 273"), run.out());
        assertTrue(lines.get(0).startsWith("c traceoid "), lines.get(0));
        Cnf cnf = DimacsReader.strict().read(UF20);
        int[] model = model(run);
        assertEquals(20, model.length);
        assertTrue(ModelCheck.check(cnf, Assignment.fromModel(20, model)).satisfied());
        assertEquals("", run.err());
    }

    @Test
    void longModelsWrapIntoLinesOfAtMostEightyCharacters() {
        StringWriter text = new StringWriter();
        int[] literals = new int[1000];
        for (int i = 0; i < literals.length; i++) {
            literals[i] = i % 3 == 0 ? -(i + 1) : i + 1;
        }
        PrintWriter out = new PrintWriter(text);
        SolveCommand.printModel(out, literals);
        out.flush();
        int[] parsed = model(new Run(10, text.toString(), ""));
        assertTrue(Arrays.equals(literals, parsed));
        assertTrue(text.toString().lines().count() > 10);
    }

    @Test
    void unsatisfiableFileExitsTwenty() {
        Run run = run("solve", UUF50.toString());
        assertEquals(20, run.exitCode());
        assertTrue(run.lines().contains("s UNSATISFIABLE"), run.out());
        assertTrue(run.lines().stream().anyMatch(line -> line.matches(
                "c certified: DRAT proof verified \\(\\d+ lemmas, core \\d+ clauses\\) in \\d+\\.\\d{3} s")), run.out());
        assertTrue(run.lines().stream().noneMatch(line -> line.startsWith("v")));
    }

    @Test
    void timeLimitGivesUnknownAndExitZero(@TempDir Path dir) throws Exception {
        Path hole = dir.resolve("hole11.cnf");
        DimacsWriter.write(pigeonhole(11), hole, List.of("pigeonhole 12 into 11"));
        Run run = run("solve", "--timeout", "0.3", hole.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.lines().contains("s UNKNOWN"), run.out());
        assertTrue(run.lines().contains("c stopped: time limit reached"), run.out());
    }

    @Test
    void noModelAndQuiet() {
        Run run = run("solve", "--no-model", "--quiet", UF20.toString());
        assertEquals(10, run.exitCode());
        assertEquals(List.of("s SATISFIABLE"), run.lines());
    }

    @Test
    void truncatedFileIsOneLineNamingItsPositionAndExitsTwo(@TempDir Path dir) throws Exception {
        String text = Files.readString(UF20);
        Path truncated = dir.resolve("truncated.cnf");
        Files.writeString(truncated, text.substring(0, text.indexOf("-6 16 -18 0") + 6));
        Run run = run("solve", truncated.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of("traceoid: " + truncated + ":12:7: unexpected end of input: the clause starting at line 12,"
                + " column 1 is not terminated by '0' (truncated file?)"), run.err().lines().toList());
        assertFalse(run.err().contains("Exception"));
        assertTrue(run.lines().stream().noneMatch(line -> line.startsWith("s ")));
    }

    @Test
    void literalAboveTheHeaderIsAnInputError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("uf20-01.cnf");
        Files.writeString(bad, "c\nc\nc\nc\np cnf 20 2\n1 2 0\n-1  2 -3   31 0\n");
        Run run = run("solve", bad.toString());
        assertEquals(2, run.exitCode());
        assertEquals("traceoid: " + bad + ":7:12: literal 31 exceeds the 20 variables declared in the header\n",
                run.err());
    }

    @Test
    void missingFileIsAnInputError() {
        Run run = run("solve", "no/such/file.cnf");
        assertEquals(2, run.exitCode());
        assertEquals("traceoid: no/such/file.cnf: no such file\n", run.err());
    }

    @Test
    void lenientAcceptsACountMismatchWithAWarning(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("short.cnf");
        Files.writeString(file, "p cnf 2 3\n1 2 0\n-1 0\n");
        assertEquals(2, run("solve", file.toString()).exitCode());
        Run run = run("solve", "--lenient", file.toString());
        assertEquals(10, run.exitCode());
        assertTrue(run.err().contains("warning: " + file + ":1:9: the header declares 3 clauses but the input has 2"),
                run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--timeout=-1", "--timeout=abc", "--frobnicate"})
    void badOptionsAreUsageErrors(String option) {
        Run run = run("solve", option, UF20.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        assertEquals(1, run("solve").exitCode());
        assertEquals(1, run().exitCode());
    }

    @Test
    void helpListsEveryExitCode() {
        Run run = run("solve", "--help");
        assertEquals(0, run.exitCode());
        for (String code : List.of("10", "20", " 0", " 1", " 2", " 3")) {
            assertTrue(run.out().contains("  " + code + "   "), "exit code " + code + " in\n" + run.out());
        }
        assertTrue(run.out().contains("--timeout=SECONDS"));
    }

    @Test
    void versionNamesTraceoidAndSat4j() {
        Run run = run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("traceoid 0."), run.out());
        assertTrue(run.out().contains("Sat4j 2.3.6"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GZIP", "BZIP2", "XZ", "LZMA"})
    void compressedCopiesGiveTheSameAnswers(String format, @TempDir Path dir) throws Exception {
        Compression compression = Compression.valueOf(format);
        for (Path source : List.of(UF20, UUF50)) {
            Path copy = dir.resolve(source.getFileName() + ".data"); // the name says nothing: detection by content
            try (var out = compression.compressing(Files.newOutputStream(copy))) {
                Files.copy(source, out);
            }
            assertEquals(run("solve", "-q", "--no-model", source.toString()).out(),
                    run("solve", "-q", "--no-model", copy.toString()).out());
            assertEquals(run("solve", source.toString()).exitCode(), run("solve", copy.toString()).exitCode());
        }
    }

    @Test
    void standardInputIsReadForDash() throws Exception {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(UF20)));
            Run run = run("solve", "-");
            assertEquals(10, run.exitCode());
            assertTrue(run.lines().contains("c file: <stdin>"), run.out());
            model(run);
            System.setIn(new ByteArrayInputStream("p cnf 1 1\n1 x 0\n".getBytes(StandardCharsets.US_ASCII)));
            Run bad = run("solve", "-");
            assertEquals(2, bad.exitCode());
            assertEquals("traceoid: <stdin>:2:3: unexpected 'x', expected a literal, '0' or a comment line starting"
                    + " with 'c'\n", bad.err());
        } finally {
            System.setIn(saved);
        }
    }

    static Cnf pigeonhole(int holes) {
        int pigeons = holes + 1;
        org.traceoid.cnf.CnfBuilder builder = new org.traceoid.cnf.CnfBuilder().declareVariables(pigeons * holes);
        for (int p = 0; p < pigeons; p++) {
            int[] somewhere = new int[holes];
            for (int h = 0; h < holes; h++) {
                somewhere[h] = p * holes + h + 1;
            }
            builder.addClause(somewhere);
        }
        for (int h = 0; h < holes; h++) {
            for (int p = 0; p < pigeons; p++) {
                for (int q = p + 1; q < pigeons; q++) {
                    builder.addClause(-(p * holes + h + 1), -(q * holes + h + 1));
                }
            }
        }
        return builder.build();
    }
}
