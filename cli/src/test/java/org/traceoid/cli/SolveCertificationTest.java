package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traceoid.cli.SolveCommandTest.UF20;
import static org.traceoid.cli.SolveCommandTest.UUF50;
import static org.traceoid.cli.SolveCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.solver.ProofTampering;

/** {@code traceoid solve}'s certification: certificate lines, proof files, {@code --no-certify}, loud failure. */
class SolveCertificationTest {
    private static final String PROOF_LINE =
            "c certified: DRAT proof verified \\(\\d+ lemmas, core \\d+ clauses\\) in \\d+\\.\\d{3} s";

    @AfterEach
    void restoreProofs() {
        ProofTampering.restore();
    }

    @Test
    void unsatisfiableAnswerIsCertifiedBeforeTheStatusLine() {
        Run run = run("solve", UUF50.toString());
        assertEquals(20, run.exitCode(), run.err());
        List<String> lines = run.lines();
        int certificate = indexOfMatch(lines, PROOF_LINE);
        assertTrue(certificate >= 0, run.out());
        assertTrue(certificate < lines.indexOf("s UNSATISFIABLE"), run.out());
    }

    @Test
    void satisfiableAnswerIsCertifiedBeforeTheStatusLine() {
        Run run = run("solve", "--no-model", UF20.toString());
        assertEquals(10, run.exitCode());
        assertTrue(run.lines().indexOf("c certified: model satisfies all 91 clauses")
                < run.lines().indexOf("s SATISFIABLE"), run.out());
    }

    @Test
    void noCertifySaysSo() {
        for (Path file : List.of(UF20, UUF50)) {
            Run run = run("solve", "--no-certify", "--no-model", file.toString());
            assertTrue(run.lines().contains("c not certified (--no-certify)"), run.out());
            assertTrue(run.lines().stream().noneMatch(line -> line.startsWith("c certified")), run.out());
        }
    }

    @Test
    void textAndBinaryProofFilesVerifyWithOurChecker(@TempDir Path dir) throws IOException {
        Cnf cnf = DimacsReader.strict().read(UUF50);
        for (boolean binary : new boolean[] {false, true}) {
            Path proof = dir.resolve(binary ? "uuf50.bdrat" : "uuf50.drat");
            Run run = binary ? run("solve", "--proof", proof.toString(), "--binary-proof", UUF50.toString())
                    : run("solve", "--proof", proof.toString(), UUF50.toString());
            assertEquals(20, run.exitCode(), run.err());
            assertTrue(indexOfMatch(run.lines(), PROOF_LINE) >= 0, run.out());
            byte[] bytes = Files.readAllBytes(proof);
            assertEquals(binary, bytes[0] == 'a' || bytes[0] == 'd' && bytes[1] != ' ', "format of " + proof);
            CheckResult check = new DratChecker(CheckOptions.builder()
                    .proofFormat(binary ? CheckOptions.ProofFormat.BINARY : CheckOptions.ProofFormat.TEXT).build())
                    .check(cnf, proof);
            assertTrue(check.isVerified(), check.message());
            // and the check command agrees, detecting the format itself
            assertEquals(0, new picocli.CommandLine(new CheckCommand()).setOut(new java.io.PrintWriter(new java.io.StringWriter()))
                    .execute(UUF50.toString(), proof.toString()));
        }
    }

    @Test
    void proofFileWithoutCertificationIsStillWrittenAndValid(@TempDir Path dir) throws IOException {
        Path proof = dir.resolve("p.drat");
        Run run = run("solve", "--no-certify", "--proof", proof.toString(), UUF50.toString());
        assertEquals(20, run.exitCode());
        CheckResult check = new DratChecker(CheckOptions.defaults()).check(DimacsReader.strict().read(UUF50), proof);
        assertTrue(check.isVerified(), check.message());
    }

    @Test
    void brokenProofFailsLoudlyWithExitThreeAndNoStatusLine() throws IOException {
        ProofTampering.dropLemmas();
        Run run = run("solve", UUF50.toString());
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.lines().stream().noneMatch(line -> line.startsWith("s ")), run.out());
        assertTrue(run.err().startsWith("traceoid: certification failed: the DRAT proof of UNSAT did not verify: "),
                run.err());
        String kept = run.err().lines().filter(line -> line.startsWith("traceoid: proof kept for inspection: "))
                .findFirst().orElseThrow().substring("traceoid: proof kept for inspection: ".length());
        Path keptProof = Path.of(kept);
        assertTrue(Files.exists(keptProof), kept);
        Files.delete(keptProof);
    }

    @Test
    void brokenProofWrittenToAFileIsKeptThere(@TempDir Path dir) {
        ProofTampering.dropLemmas();
        Path proof = dir.resolve("broken.drat");
        Run run = run("solve", "--proof", proof.toString(), UUF50.toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("traceoid: proof kept for inspection: " + proof), run.err());
        assertTrue(Files.exists(proof));
    }

    @Test
    void binaryProofNeedsAProofFile() {
        Run run = run("solve", "--binary-proof", UUF50.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--binary-proof needs --proof PROOF"), run.err());
    }

    @Test
    void unwritableProofFileIsAnInputError(@TempDir Path dir) {
        Run run = run("solve", "--proof", dir.resolve("no/such/dir/p.drat").toString(), UUF50.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("traceoid: cannot create the proof file: "), run.err());
    }

    @Test
    void helpDescribesCertificationOptionsAndExitThree() {
        Run run = run("solve", "--help");
        for (String text : List.of("--proof=PROOF", "--binary-proof", "--no-certify", "certification failed")) {
            assertTrue(run.out().contains(text), text + " in\n" + run.out());
        }
    }

    private static int indexOfMatch(List<String> lines, String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(regex)) {
                return i;
            }
        }
        return -1;
    }

    private record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        SolveCommandTest.Run run = SolveCommandTest.run(args);
        return new Run(run.exitCode(), run.out(), run.err());
    }
}
