package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsFormatException;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.cnf.testing.TestData;

/** SAT-competition output from any solver: parsed, and the models of real solvers check. */
class CompetitionOutputReaderTest {

    private static CompetitionOutputReader.Answer read(String text, int variables) throws Exception {
        return CompetitionOutputReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)),
                "out.txt", variables);
    }

    @Test
    void readsStatusAndModel() throws Exception {
        CompetitionOutputReader.Answer answer = read("c banner\ns SATISFIABLE\nv 1 -2\nv 3 0\n", 3);
        assertEquals(SolveStatus.SATISFIABLE, answer.status());
        assertTrue(answer.model().isTrue(1) && answer.model().isTrue(-2) && answer.model().isTrue(3));
        assertNull(read("s UNSATISFIABLE\n", 3).model());
        assertEquals(SolveStatus.UNKNOWN, read("s UNKNOWN\n", 3).status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "c nothing\\n                   | out.txt:1:1: no 's' line in the solver output",
            "s SAT\\n                       | out.txt:1:3: expected SATISFIABLE, UNSATISFIABLE or UNKNOWN after 's'",
            "s SATISFIABLE\\nv 1 x 0\\n      | out.txt:2:5: expected a literal, found 'x'",
            "s SATISFIABLE\\nv 1 -7 0\\n     | out.txt:2:5: literal -7 exceeds the 3 variables of the formula",
            "s SATISFIABLE\\nv 1 2\\n        | out.txt:2:1: the model's 'v' lines do not end with 0",
            "s SATISFIABLE\\n               | out.txt:1:1: SATISFIABLE without 'v' lines",
            "s SATISFIABLE\\nv 1 -1 0\\n     | out.txt:2:1: model assigns variable 1 both true and false",
            "s SATISFIABLE\\ns UNKNOWN\\n    | out.txt:2:1: a second 's' line",
    })
    void badOutputGetsPositions(String text, String message) {
        assertEquals(message, assertThrows(DimacsFormatException.class,
                () -> read(text.replace("\\n", "\n"), 3)).getMessage());
    }

    /** minisat and cadical print competition output; their models must satisfy the formulas. */
    @Test
    void cadicalModelsCheck() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ExternalSolver.CADICAL.isAvailable());
        List<TestData.Instance> sat = new ArrayList<>();
        for (TestData.Instance i : TestData.publicInstances()) {
            if (i.expected() == SolveStatus.SATISFIABLE && sat.size() < 10) {
                sat.add(i);
            }
        }
        for (TestData.Instance instance : sat) {
            Process process = new ProcessBuilder("cadical", "-q", instance.file().toString()).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            process.waitFor(60, TimeUnit.SECONDS);
            Cnf cnf = DimacsReader.strict().read(instance.file());
            CompetitionOutputReader.Answer answer = CompetitionOutputReader.read(new ByteArrayInputStream(output),
                    "cadical", cnf.variableCount());
            assertEquals(SolveStatus.SATISFIABLE, answer.status(), instance.toString());
            assertTrue(ModelCheck.check(cnf, answer.model()).satisfied(), instance.toString());
        }
    }
}
