package org.traceoid.corpora.sweep;

import org.traceoid.corpora.GbdHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.SolveStatus;

/** How runs are classified: from text (fast), and for real in child JVMs ({@link FakeSolver}). */
class SolverRunTest {
    static final String CERTIFIED_SAT = "c x\nc certified: model satisfies all 91 clauses\ns SATISFIABLE\n";
    static final String UNCERTIFIED_UNSAT = "c UNSAT answer not certified: proof checking not available yet\n"
            + "s UNSATISFIABLE\n";
    static final String CERTIFIED_UNSAT = "c certified: DRAT proof verified (12 lemmas, core 7 clauses) in 0.01 s\n"
            + "s UNSATISFIABLE\n";

    @Test
    void answersAreCertifiedOnlyWithTheCertifiedLine() {
        SolverRun.Classification sat = SolverRun.classify(10, CERTIFIED_SAT, "", false, 1, 10);
        assertEquals(Outcome.SAT, sat.outcome());
        assertTrue(sat.certified());
        assertEquals("certified: model satisfies all 91 clauses", sat.certificate());
        SolverRun.Classification unsat = SolverRun.classify(20, UNCERTIFIED_UNSAT, "", false, 1, 10);
        assertEquals(Outcome.UNSAT, unsat.outcome());
        assertFalse(unsat.certified());
        assertTrue(unsat.certificate().contains("not certified"));
        SolverRun.Classification proved = SolverRun.classify(20, CERTIFIED_UNSAT, "", false, 1, 10);
        assertTrue(proved.certified());
    }

    @Test
    void failuresAreTold() {
        assertEquals(Outcome.CERTIFICATION_FAILED,
                SolverRun.classify(3, "c x\n", "traceoid: certification failed: no", false, 1, 10).outcome());
        assertEquals(Outcome.MEMOUT, SolverRun.classify(3, "c x\nTerminating due to java.lang.OutOfMemoryError: "
                + "Java heap space\n", "", false, 1, 10).outcome(), "HotSpot's exit on OOM is also exit code 3");
        assertEquals(Outcome.TIMEOUT, SolverRun.classify(137, "", "", true, 12, 10).outcome());
        assertEquals(Outcome.TIMEOUT, SolverRun.classify(0, "s UNKNOWN\n", "", false, 10.2, 10).outcome());
        assertEquals(Outcome.TIMEOUT, SolverRun.classify(10, CERTIFIED_SAT, "", false, 10.5, 10).outcome(),
                "an answer past the limit is a timeout");
        SolverRun.Classification mismatch = SolverRun.classify(20, CERTIFIED_SAT, "", false, 1, 10);
        assertEquals(Outcome.ERROR, mismatch.outcome());
        assertEquals("exit code 20, 's SATISFIABLE' with exit code 20", mismatch.message());
        SolverRun.Classification usage = SolverRun.classify(1, "", "Unknown option: '--bad'\nUsage: ...", false, 1, 10);
        assertEquals(Outcome.ERROR, usage.outcome());
        assertEquals("exit code 1, no s line: Usage: ...", usage.message());
    }

    static SweepSettings fake(double timeout, int memoryMb, Configuration... configs) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Configuration> list = configs.length == 0 ? List.of(Configuration.parse("sat=--fake=sat")) : List.of(configs);
        return new SweepSettings(list, timeout, memoryMb, 2,
                new SolverCommand(java, System.getProperty("java.class.path"), FakeSolver.class.getName()));
    }

    static Instance instance(Path dir, String name, SolveStatus expected) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "p cnf 1 1\n" + (name.length() + 1) + " 0\n");
        return new Instance(file, name, GbdHash.ofFile(file), expected);
    }

    @Test
    void childJvmsHangCrashAndRunOutOfMemoryForReal(@TempDir Path dir) throws Exception {
        Instance instance = instance(dir, "a.cnf", SolveStatus.UNKNOWN);
        SweepSettings settings = fake(0.5, 16, Configuration.parse("x=--fake=sat"));
        RunResult hang = SolverRun.run(instance, Configuration.parse("hang=--fake=hang"), settings, dir, new HashSet<>());
        assertEquals(Outcome.TIMEOUT, hang.outcome());
        assertEquals("killed past the limit plus grace", hang.message());
        assertTrue(hang.wallSeconds() >= 0.5 + SolverRun.graceSeconds(0.5), "killed only after limit + grace");
        assertTrue(hang.cpuSeconds() >= 0, "CPU time measured also for a killed run: " + hang.cpuSeconds());
        RunResult oom = SolverRun.run(instance, Configuration.parse("oom=--fake=oom"), fake(30, 16), dir, new HashSet<>());
        assertEquals(Outcome.MEMOUT, oom.outcome(), oom.toString());
        assertTrue(oom.cpuSeconds() > 0);
        RunResult crash = SolverRun.run(instance, Configuration.parse("crash=--fake=crash"), fake(30, 16), dir,
                new HashSet<>());
        assertEquals(Outcome.ERROR, crash.outcome());
        assertEquals(134, crash.exitCode());
        RunResult sat = SolverRun.run(instance, Configuration.parse("sat=--fake=sat"), fake(30, 16), dir, new HashSet<>());
        assertEquals(Outcome.SAT, sat.outcome());
        assertTrue(sat.certified());
        assertTrue(sat.wallSeconds() > 0 && sat.cpuSeconds() > 0, sat.toString());
    }
}
