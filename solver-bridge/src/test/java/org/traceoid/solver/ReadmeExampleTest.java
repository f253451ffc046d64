package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.testing.TestData;

/** The README's library example ("Library use: a verification tool's loop"), run as written. */
class ReadmeExampleTest {

    /** The body between the markers is the README's code block, character for character (less indentation). */
    static void readmeExample() {
        // README:begin
        // The system: x1 or x2; both imply x3. Each check i is guarded by an activation literal:
        // assuming it adds the check's "bad state" to the system for that call only.
        try (IncrementalSolver solver = new IncrementalSolver(
                SolveOptions.builder().timeout(Duration.ofSeconds(10)).build())) {
            solver.addClause(1, 2);
            solver.addClause(-1, 3);
            solver.addClause(-2, 3);
            solver.addClause(-10, -3);                       // check 10: can x3 be false?
            solver.addClause(-11, 1);                        // check 11: can x1 be true?
            solver.addClause(-12, -1);                       // check 12: can x1 and x2 both be false?
            solver.addClause(-12, -2);
            List<String> report = new ArrayList<>();
            for (int check : new int[] {10, 11, 12}) {
                CertifiedResult answer = solver.solve(check);
                switch (answer.status()) {
                    case SATISFIABLE -> report.add(check + ": reachable, witness x1=" + solver.value(1) + " x2=" + solver.value(2));
                    case UNSATISFIABLE -> report.add(check + ": impossible, core " + Arrays.toString(solver.failedAssumptions()));
                    case UNKNOWN -> report.add(check + ": unknown, " + answer.certificate());
                }
            }
            report.forEach(System.out::println);
        }
        // README:end
    }

    @Test
    void exampleRunsAndPrintsTheDocumentedAnswers() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            readmeExample();
        } finally {
            System.setOut(original);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("10: impossible, core [10]", lines.get(0));
        assertTrue(lines.get(1).startsWith("11: reachable, witness x1=true x2="), lines.get(1));
        assertEquals("12: impossible, core [12]", lines.get(2));
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        Path repository = TestData.root().getParent();
        String readme = Files.readString(repository.resolve("README.md"));
        int section = readme.indexOf("## Library use: a verification tool's loop");
        assertTrue(section >= 0, "README section missing");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```\n", start));

        String source = Files.readString(repository.resolve(
                "solver-bridge/src/test/java/org/traceoid/solver/ReadmeExampleTest.java"));
        String body = source.substring(source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("        // README:end"));
        StringBuilder dedented = new StringBuilder();
        for (String line : body.lines().toList()) {
            dedented.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        assertEquals(block, dedented.toString());
    }
}
