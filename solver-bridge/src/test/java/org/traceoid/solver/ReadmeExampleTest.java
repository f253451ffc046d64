package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.testing.TestData;

/**
 * The README's library examples ("Library use: a verification tool's loop" and "A PySAT-style
 * session"), run as written. {@code scripts/consumer-check.sh} compiles the second one again,
 * in a project outside the repository, against the installed artifacts.
 */
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

    /** The README's PySAT-style session, between its own markers. */
    static void pysatStyleExample() {
        // README-pysat:begin
        // Named variables from the solver's pool (PySAT's IDPool), a cardinality constraint
        // (CardEnc.atmost), a conflict budget for one call (solve_limited), failed assumptions
        // mapped back to names (get_core), and model enumeration that leaves the solver reusable.
        try (IncrementalSolver solver = new IncrementalSolver()) {
            VariablePool pool = solver.variables();
            int[] on = new int[4];
            for (int i = 0; i < on.length; i++) {
                on[i] = pool.id("on" + i);
            }
            solver.addAtMost(2, on);                                  // at most two of them
            solver.addClause(on[0], on[1]);                           // on0 or on1
            CertifiedResult first = solver.solve(Budget.unlimited().withConflicts(10_000), -on[0]);
            System.out.println(first.status() + " on1=" + solver.value(on[1]) + " certified=" + first.certified());
            CertifiedResult tooMany = solver.solve(on[2], on[3]);     // with on0 or on1: three
            List<Object> core = new ArrayList<>();
            for (int literal : solver.failedAssumptions()) {
                core.add(pool.name(literal).orElseThrow());
            }
            core.sort(Comparator.comparing(Object::toString));
            System.out.println(tooMany.status() + " core " + core + " certified=" + tooMany.certified());
            ModelEnumeration all = solver.enumerate(100, on);              // distinct on on0..on3
            System.out.println(all.models().size() + " models, complete=" + all.complete());
            System.out.println(solver.solve(-on[1]).status() + " again after the enumeration");
        }
        // README-pysat:end
    }

    @Test
    void exampleRunsAndPrintsTheDocumentedAnswers() {
        List<String> lines = run(ReadmeExampleTest::readmeExample);
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("10: impossible, core [10]", lines.get(0));
        assertTrue(lines.get(1).startsWith("11: reachable, witness x1=TRUE x2="), lines.get(1));
        assertEquals("12: impossible, core [12]", lines.get(2));
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        assertEquals(readmeBlock("## Library use: a verification tool's loop"), markedBody("README"));
    }

    @Test
    void pysatStyleExamplePrintsTheDocumentedAnswers() {
        assertEquals(List.of("SATISFIABLE on1=TRUE certified=true",
                "UNSATISFIABLE core [on2, on3] certified=true",
                "7 models, complete=true",
                "SATISFIABLE again after the enumeration"), run(ReadmeExampleTest::pysatStyleExample));
    }

    @Test
    void readmeShowsExactlyThePysatStyleCode() throws IOException {
        assertEquals(readmeBlock("### A PySAT-style session"), markedBody("README-pysat"));
    }

    private static List<String> run(Runnable example) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The first {@code ```java} block after {@code heading} in README.md. */
    static String readmeBlock(String heading) throws IOException {
        String readme = Files.readString(TestData.root().getParent().resolve("README.md"));
        int section = readme.indexOf(heading);
        assertTrue(section >= 0, "README section missing: " + heading);
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        return readme.substring(start, readme.indexOf("```\n", start));
    }

    /** This file's lines between {@code // MARKER:begin} and {@code // MARKER:end}, less 8 spaces of indentation. */
    static String markedBody(String marker) throws IOException {
        String source = Files.readString(TestData.root().getParent().resolve(
                "solver-bridge/src/test/java/org/traceoid/solver/ReadmeExampleTest.java"));
        String begin = "// " + marker + ":begin\n";
        String body = source.substring(source.indexOf(begin) + begin.length(), source.indexOf("        // " + marker + ":end"));
        StringBuilder dedented = new StringBuilder();
        for (String line : body.lines().toList()) {
            dedented.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        return dedented.toString();
    }
}
