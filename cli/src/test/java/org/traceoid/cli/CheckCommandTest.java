package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.testing.TestData;
import picocli.CommandLine;

/** {@code traceoid check} as a black box: arguments in, output lines and exit code out. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new CheckCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String proofs(String name) {
        return TestData.proofs().resolve(name).toString();
    }

    @Test
    void verifiedProofExitsZeroAndWritesOutputs() throws Exception {
        Path lrat = dir.resolve("p.lrat");
        Path core = dir.resolve("core.cnf");
        Path lemmas = dir.resolve("lemmas.drat");
        Run run = run(proofs("uuf-50-2.cnf"), proofs("uuf-50-2.drat"), "--lrat", lrat.toString(),
                "--core", core.toString(), "--lemmas", lemmas.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().endsWith("s VERIFIED\n"), run.out());
        assertTrue(run.out().contains("c 152 of 209 clauses in core"), run.out());
        assertTrue(Files.readString(core).contains("p cnf 50 152"));
        assertTrue(Files.size(lrat) > 0 && Files.size(lemmas) > 0);
        assertEquals("", run.err());
    }

    @Test
    void binaryCompressedProofWithTimeoutVerifies() {
        Run run = run(proofs("R_4_4_18.cnf"), proofs("R_4_4_18.drat.bz2"), "--timeout", "600", "--binary");
        assertEquals(0, run.code(), run.out() + run.err());
    }

    @Test
    void brokenProofExitsOneWithTheFailingLemma() throws Exception {
        Path cnf = dir.resolve("xor.cnf");
        Files.writeString(cnf, "p cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n");
        Path proof = dir.resolve("bad.drat");
        Files.writeString(proof, "3 0\n-3 0\n0\n");
        Run run = run(cnf.toString(), proof.toString(), "--core", dir.resolve("core").toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("c first failing lemma: proof step 2: -3 0\n"), run.out());
        assertTrue(run.out().contains("c nothing written: the proof is not verified\n"), run.out());
        assertTrue(run.out().endsWith("s NOT VERIFIED\n"), run.out());
        assertTrue(Files.notExists(dir.resolve("core")));
    }

    @Test
    void inputErrorsExitTwoWithOneLine() throws Exception {
        Path proof = dir.resolve("garbage.drat");
        Files.writeString(proof, "1 2 x 0\n");
        Run run = run(proofs("uuf-30-1.cnf"), proof.toString());
        assertEquals(2, run.code());
        assertEquals("traceoid check: " + proof + ":1:5: expected a literal, found 'x'\n", run.err());

        Run missing = run(dir.resolve("nope.cnf").toString(), proof.toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());

        assertEquals(2, run(proofs("uuf-30-1.cnf")).code());
        assertEquals(2, run(proofs("uuf-30-1.cnf"), proofs("uuf-30-1.drat"), "--binary", "--text").code());
    }

    @Test
    void modelsAreCheckedAgainstTheFormula() throws Exception {
        Path cnf = dir.resolve("f.cnf");
        Files.writeString(cnf, "p cnf 3 2\n1 2 0\n-1 3 0\n");
        Path good = dir.resolve("good.out");
        Files.writeString(good, "c from some solver\ns SATISFIABLE\nv 1 -2 3 0\n");
        Run ok = run(cnf.toString(), "--model", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().endsWith("s VERIFIED\n"));

        Path wrong = dir.resolve("wrong.out");
        Files.writeString(wrong, "s SATISFIABLE\nv 1 -2 -3 0\n");
        Run bad = run(cnf.toString(), "--model", wrong.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("c clause 2 is falsified: -1 3 0\n"), bad.out());

        Path malformed = dir.resolve("malformed.out");
        Files.writeString(malformed, "s SATISFIABLE\nv 1 7 0\n");
        Run error = run(cnf.toString(), "--model", malformed.toString());
        assertEquals(2, error.code());
        assertEquals("traceoid check: " + malformed + ":2:5: literal 7 exceeds the 3 variables of the formula\n",
                error.err());
    }

    @Test
    void helpListsTheExitCodes() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertTrue(help.out().contains("0   verified") && help.out().contains("1   not verified")
                && help.out().contains("2   input error"), help.out());
    }
}
