package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.ExternalSolver;

/**
 * Proofs from a real solver: cadical's text and binary DRAT for every UNSAT instance of the public
 * corpus and 20 seeded random ones. Each must verify; the LRAT we write must verify with our
 * independent LRAT checker; the core we write must be UNSAT according to cadical.
 */
class CadicalProofsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void cadicalIsInstalled() {
        assumeTrue(ExternalSolver.CADICAL.isAvailable(), "cadical not installed");
    }

    static List<ProofFixtures.Instance> instances() {
        List<ProofFixtures.Instance> all = new ArrayList<>(ProofFixtures.publicUnsat(false));
        return all;
    }

    static List<ProofFixtures.Instance> randomInstances() throws Exception {
        Path randomDir = Files.createTempDirectory("traceoid-random");
        randomDir.toFile().deleteOnExit();
        return ProofFixtures.randomUnsat(randomDir, 20, 1000);
    }

    static List<ProofFixtures.Instance> slowInstances() {
        return ProofFixtures.publicUnsat(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"instances", "randomInstances"})
    void cadicalProofsVerify(ProofFixtures.Instance instance) throws Exception {
        checkEverything(instance);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("slowInstances")
    void largeCadicalProofsVerify(ProofFixtures.Instance instance) throws Exception {
        checkEverything(instance);
    }

    private static void checkEverything(ProofFixtures.Instance instance) throws Exception {
        Cnf cnf = DimacsReader.strict().read(instance.cnf());
        Path text = ProofFixtures.cadicalProof(instance, dir, false);
        Path binary = ProofFixtures.cadicalProof(instance, dir, true);
        assertTrue(DratReader.looksBinary(Files.readAllBytes(binary), Math.min(12, (int) Files.size(binary)))
                || Files.size(binary) == 0);

        CheckResult result = new DratChecker(CheckOptions.builder().recordLrat(true).build()).check(cnf, text);
        assertEquals(CheckResult.Verdict.VERIFIED, result.verdict(), result::toString);

        CheckResult fromBinary = new DratChecker(CheckOptions.defaults()).check(cnf, binary);
        assertEquals(CheckResult.Verdict.VERIFIED, fromBinary.verdict(), fromBinary::toString);

        CheckResult strict = new DratChecker(CheckOptions.builder().strictDeletions(true).build()).check(cnf, binary);
        assertEquals(CheckResult.Verdict.VERIFIED, strict.verdict(), strict::toString);

        String base = instance.name().replace('/', '_');
        Path lrat = dir.resolve(base + ".lrat");
        try (OutputStream out = Files.newOutputStream(lrat)) {
            result.writeLrat(out, false);
        }
        CheckResult lratResult = new LratChecker(CheckOptions.defaults()).check(cnf, lrat);
        assertEquals(CheckResult.Verdict.VERIFIED, lratResult.verdict(), lratResult::toString);

        Path core = dir.resolve(base + ".core.cnf");
        try (OutputStream out = Files.newOutputStream(core)) {
            result.writeCore(out);
        }
        Cnf coreCnf = DimacsReader.strict().read(core);
        assertEquals(result.coreClauseIndices().length, coreCnf.clauseCount());
        assertEquals(SolveStatus.UNSATISFIABLE, ExternalSolver.CADICAL.solve(core), "core of " + instance);
    }
}
