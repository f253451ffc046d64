package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.corpora.GbdHash;

/** How runs are classified: from text (fast), and for real in child JVMs ({@link FakeSolver}). */
class SolverRunTest {
    static final String CERTIFIED_SAT = "c x\nc certified: model satisfies all 91 clauses\ns SATISFIABLE\n";
    static final String UNCERTIFIED_UNSAT = "c UNSAT answer not certified: proof checking not available yet\n"
            + "s UNSATISFIABLE\n";
    static final String CERTIFIED_UNSAT = "c certified: DRAT proof verified (12 lemmas, core 7 clauses) in 0.01 s\n"
            + "s UNSATISFIABLE\n";
    static final RunLimits TEN = new RunLimits(10, 512, RunLimits.Kind.WALL);

    static TreeRunner.Measurement exited(int code, double wall) {
        return new TreeRunner.Measurement(code, wall, wall, 1000, TreeRunner.Ending.EXITED, "test");
    }

    static Classification traceoid(int code, String stdout, String stderr, double wall) {
        return Classification.traceoid(exited(code, wall), TEN, stdout, stderr);
    }

    @Test
    void answersAreCertifiedOnlyWithTheCertifiedLine() {
        Classification sat = traceoid(10, CERTIFIED_SAT, "", 1);
        assertEquals(Outcome.SAT, sat.outcome());
        assertTrue(sat.certified());
        assertEquals("certified: model satisfies all 91 clauses", sat.certificate());
        Classification unsat = traceoid(20, UNCERTIFIED_UNSAT, "", 1);
        assertEquals(Outcome.UNSAT, unsat.outcome());
        assertFalse(unsat.certified());
        assertTrue(unsat.certificate().contains("not certified"));
        assertTrue(traceoid(20, CERTIFIED_UNSAT, "", 1).certified());
    }

    @Test
    void failuresAreTold() {
        assertEquals(Outcome.CERTIFICATION_FAILED, traceoid(3, "c x\n", "traceoid: certification failed: no", 1).outcome());
        assertEquals(Outcome.MEMOUT, traceoid(3, "c x\nTerminating due to java.lang.OutOfMemoryError: Java heap space\n",
                "", 1).outcome(), "HotSpot's exit on OOM is also exit code 3");
        TreeRunner.Measurement killed = new TreeRunner.Measurement(137, 12, 12, 1000, TreeRunner.Ending.TIME_LIMIT, "t");
        assertEquals(Outcome.TIMEOUT, Classification.traceoid(killed, TEN, "", "").outcome());
        TreeRunner.Measurement full = new TreeRunner.Measurement(137, 1, 1, 600_000, TreeRunner.Ending.MEMORY_LIMIT, "t");
        Classification memout = Classification.traceoid(full, TEN, "", "");
        assertEquals(Outcome.MEMOUT, memout.outcome());
        assertEquals("resident memory reached the 512 MB limit (peak 585.9 MB)", memout.message());
        assertEquals(Outcome.TIMEOUT, traceoid(0, "s UNKNOWN\n", "", 10.2).outcome());
        assertEquals(Outcome.TIMEOUT, traceoid(10, CERTIFIED_SAT, "", 10.5).outcome(), "an answer past the limit");
        Classification mismatch = traceoid(20, CERTIFIED_SAT, "", 1);
        assertEquals(Outcome.ERROR, mismatch.outcome());
        assertEquals("exit code 20, 's SATISFIABLE' with exit code 20", mismatch.message());
        Classification usage = traceoid(1, "", "Unknown option: '--bad'\nUsage: ...", 1);
        assertEquals(Outcome.ERROR, usage.outcome());
        assertEquals("exit code 1, no s line: Usage: ...", usage.message());
    }

    @Test
    void underACpuLimitOnlyCpuTimeMakesATimeout() {
        RunLimits cpu = new RunLimits(10, 512, RunLimits.Kind.CPU);
        // 4 s of CPU in 11 s of wall-clock time on a loaded machine: within a 10 s CPU limit
        TreeRunner.Measurement loaded = new TreeRunner.Measurement(10, 11, 4, 1000, TreeRunner.Ending.EXITED, "t");
        assertEquals(Outcome.SAT, Classification.traceoid(loaded, cpu, CERTIFIED_SAT, "").outcome());
        assertEquals(Outcome.TIMEOUT, Classification.traceoid(loaded, TEN, CERTIFIED_SAT, "").outcome());
        // killed by a signal from elsewhere (the per-process CPU rlimit fires early) past the limit: a timeout
        TreeRunner.Measurement signalled = new TreeRunner.Measurement(137, 30, 10.4, 1000, TreeRunner.Ending.EXITED, "t");
        assertEquals(new Classification(Outcome.TIMEOUT, false, "", "ended past the limit (10.40 s cpu) with exit code 137"),
                Classification.traceoid(signalled, cpu, "", "Killed"));
        TreeRunner.Measurement starved = new TreeRunner.Measurement(137, 160, 3, 1000, TreeRunner.Ending.TIME_LIMIT, "t");
        assertEquals("killed at the wall-clock backstop (160 s) with 3.0 s of CPU",
                Classification.traceoid(starved, cpu, "", "").message());
    }

    @Test
    void externalAnswersAreWhatTheCheckSays() throws Exception {
        SolverAnswer.Claim sat = new SolverAnswer.Claim(SolveStatus.SATISFIABLE, false, "s SATISFIABLE");
        Classification verified = Classification.external(exited(10, 1), TEN, "s SATISFIABLE\n", "", sat,
                claim -> new AnswerCheck.Verdict(AnswerCheck.Result.VERIFIED, "model satisfies all 3 clauses"));
        assertEquals(new Classification(Outcome.SAT, true, "certified: model satisfies all 3 clauses", ""), verified);
        Classification rejected = Classification.external(exited(10, 1), TEN, "", "", sat,
                claim -> new AnswerCheck.Verdict(AnswerCheck.Result.REJECTED, "the model falsifies clause 2: 1 0"));
        assertEquals(Outcome.CERTIFICATION_FAILED, rejected.outcome());
        assertEquals("claimed SAT; rejected: the model falsifies clause 2: 1 0", rejected.message());
        Classification undecided = Classification.external(exited(10, 1), TEN, "", "", sat,
                claim -> new AnswerCheck.Verdict(AnswerCheck.Result.UNDECIDED, "the check took longer than 5 s"));
        assertEquals(new Classification(Outcome.SAT, false, "not certified: the check took longer than 5 s", ""),
                undecided);
        Classification noStatus = Classification.external(exited(127, 0.1), TEN, "", "sh: 1: cadicalx: not found\n",
                null, claim -> {
                    throw new AssertionError("nothing to check");
                });
        assertEquals("exit code 127, no s line: sh: 1: cadicalx: not found", noStatus.message());
        Classification wrongCode = Classification.external(exited(0, 1), TEN, "", "", sat, claim -> {
            throw new AssertionError("nothing to check");
        });
        assertEquals("exit code 0, 's SATISFIABLE' with exit code 0", wrongCode.message());
    }

    static SweepSettings fake(double timeout, int memoryMb, Configuration... configs) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Configuration> list = configs.length == 0 ? List.of(Configuration.parse("sat=--fake=sat")) : List.of(configs);
        return new SweepSettings(list, new RunLimits(timeout, memoryMb, RunLimits.Kind.WALL),
                new RunLimits(30, 512, RunLimits.Kind.WALL), 2,
                new SolverCommand(java, System.getProperty("java.class.path"), FakeSolver.class.getName()), Set.of());
    }

    static Instance instance(Path dir, String name, SolveStatus expected) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "p cnf 1 1\n" + (name.length() + 1) + " 0\n");
        return new Instance(file, name, GbdHash.ofFile(file), expected);
    }

    static RunResult run(Instance instance, String config, SweepSettings settings, Path dir) throws Exception {
        try (ResourceControl control = ResourceControl.detect(w -> { })) {
            return SolverRun.run(instance, Configuration.parse(config), settings, dir, control, new HashSet<>());
        }
    }

    @Test
    void childJvmsHangCrashAndRunOutOfMemoryForReal(@TempDir Path dir) throws Exception {
        Instance instance = instance(dir, "a.cnf", SolveStatus.UNKNOWN);
        RunResult hang = run(instance, "hang=--fake=hang", fake(0.5, 100), dir);
        assertEquals(Outcome.TIMEOUT, hang.outcome());
        assertEquals("killed past the wall limit plus grace", hang.message());
        assertTrue(hang.wallSeconds() >= 0.5 + new RunLimits(0.5, 100, RunLimits.Kind.WALL).graceSeconds(),
                "killed only after limit + grace");
        assertTrue(hang.cpuSeconds() > 0, "CPU time measured also for a killed run: " + hang.cpuSeconds());
        RunResult oom = run(instance, "oom=--fake=oom", fake(30, 100), dir);
        assertEquals(Outcome.MEMOUT, oom.outcome(), oom.toString());
        assertTrue(oom.cpuSeconds() > 0 && oom.peakRssMb() > 0, oom.toString());
        RunResult crash = run(instance, "crash=--fake=crash", fake(30, 100), dir);
        assertEquals(Outcome.ERROR, crash.outcome());
        assertEquals(134, crash.exitCode());
        RunResult sat = run(instance, "sat=--fake=sat", fake(30, 100), dir);
        assertEquals(Outcome.SAT, sat.outcome());
        assertTrue(sat.certified());
        assertTrue(sat.wallSeconds() > 0 && sat.cpuSeconds() > 0 && sat.peakRssMb() > 10, sat.toString());
        assertEquals(ResourceControl.detect(w -> { }).mechanism(), sat.resources());
        assertTrue(Files.exists(dir.resolve(instance.gbd() + ".sat.out")));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.toString().contains(".attempt-")).toList(), "attempts renamed");
        }
    }

    /** Issue 17: the stored error of a crashed run was only the last stack frame. */
    @Test
    void aCrashKeepsTheWholeErrorTailAndNamesTheException(@TempDir Path dir) throws Exception {
        RunResult thrown = run(instance(dir, "a.cnf", SolveStatus.UNKNOWN), "throw=--fake=throw", fake(30, 100), dir);
        assertEquals(Outcome.ERROR, thrown.outcome());
        assertEquals("exit code 1, no s line: Exception in thread \"main\" java.lang.IllegalStateException: the fake"
                + " solver broke", thrown.message());
        assertTrue(thrown.errorTail().startsWith("c a warning first\nException in thread \"main\""), thrown.errorTail());
        assertTrue(thrown.errorTail().contains("at org.traceoid.corpora.sweep.FakeSolver.main(FakeSolver.java:"),
                thrown.errorTail());
        assertTrue(thrown.errorTail().contains("Caused by: java.lang.ArithmeticException: deep cause"),
                thrown.errorTail());
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            huge.append("\tat frame").append(i).append('\n');
        }
        String tail = ErrorTail.tail("java.lang.Error: x\n" + huge);
        assertTrue(tail.length() <= ErrorTail.MAX_CHARS + 4 && tail.startsWith("...\n\tat frame") && tail.endsWith("1999"),
                tail);
    }
}
