package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.testing.TestData;
import org.traceoid.corpora.sweep.Outcome;
import org.traceoid.corpora.sweep.ResultsLog;
import org.traceoid.corpora.sweep.RunResult;

/**
 * Issue 15's sweep: real cadical (writing binary DRAT proofs), real MiniSat (no {@code v} lines: its
 * result file through {@code {model}}), two Traceoid configurations, and fake solvers that wrap
 * cadical and misbehave on one kind of instance while answering the probe honestly (a script sees the
 * probe's formulas under {@code DIR/probe/}): one flips every answer, one corrupts its proofs, one
 * allocates without bound, one burns CPU. The sweep runs under a CPU-time limit. Every answer is
 * checked by us: each cadical proof verified, each lie and each bad proof a WRONG ANSWER, the
 * allocation a MEMOUT with its peak resident memory, the burner a TIMEOUT at the CPU limit, and
 * MiniSat's UNSAT answers unverified unless trusted.
 */
class SweepExternalSolversTest {
    static final double TIMEOUT = 5;
    static final int MEMORY_MB = 512;

    @BeforeAll
    static void solversInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/cadical"))
                && Files.isExecutable(Path.of("/usr/bin/minisat")), "needs Debian's cadical and minisat");
    }

    /** A fake solver: honest (cadical) on the probe, {@code misbehaviour} where {@code when} matches the file. */
    static String script(Path dir, String name, String when, String misbehaviour) throws IOException {
        Path script = dir.resolve(name + ".sh");
        Files.writeString(script, String.join("\n",
                "#!/bin/sh",
                "# " + name + ": a solver for the sweep's tests; $1 = instance, $2 = proof file",
                "file=\"$1\"; proof=\"$2\"",
                "case \"$file\" in */probe/*) exec cadical -q \"$file\" \"$proof\";; esac",
                "case \"$file\" in " + when + ") " + misbehaviour + ";; esac",
                "exec cadical -q \"$file\" \"$proof\"", ""));
        return name + "=sh " + script + " {file} {proof}";
    }

    @Test
    void everyAnswerOfEverySolverIsCheckedByUs(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path pub = TestData.root().resolve("public");
        Files.copy(pub.resolve("uf20/uf20-0236.cnf"), corpus.resolve("uf20-0236.cnf"));
        Files.copy(pub.resolve("uuf50/uuf50-0126.cnf"), corpus.resolve("uuf50-0126.cnf"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("hole6.cnf.gz")))) {
            Files.copy(pub.resolve("hole/hole6.cnf"), gz);
        }
        Files.writeString(corpus.resolve("manifest.csv"),
                "family,file,expected\nuf20,uf20-0236.cnf,SAT\nuuf50,uuf50-0126.cnf,UNSAT\nhole,hole6.cnf.gz,UNSAT\n");
        Path out = dir.resolve("sweep");
        SweepCommandTest.Run run = SweepCommandTest.sweep(corpus.toString(),
                "--config", "plain=", "--config", "lenient=--lenient",
                "--solver", "cadical=cadical -q {file} {proof}",
                "--solver", "minisat=minisat {file} {model}",
                "--solver", "minisat-trusted=minisat {file} {model}", "--trust-unsat", "minisat-trusted",
                "--solver", script(dir, "flip", "*",
                        "cadical -q \"$file\" \"$proof\" >/dev/null; rc=$?; : > \"$proof\";"
                                + " if [ $rc = 10 ]; then echo 's UNSATISFIABLE'; exit 20; fi;"
                                + " echo 's SATISFIABLE'; echo 'v 1 0'; exit 10"),
                "--solver", script(dir, "corrupt", "*",
                        "cadical -q --no-binary \"$file\" \"$proof\"; rc=$?;"
                                + " tail -n 1 \"$proof\" > \"$proof.t\"; mv \"$proof.t\" \"$proof\"; exit $rc"),
                "--solver", script(dir, "hog", "*hole6*", "exec tail /dev/zero"),
                "--solver", script(dir, "burn", "*uuf50*", "while :; do :; done"),
                "--limit", "cpu", "--timeout", Double.toString(TIMEOUT), "--memory", Integer.toString(MEMORY_MB),
                "--jobs", "2", "--out", out.toString(), "--no-progress", "--benchexec");
        assertEquals(SweepCommand.WRONG_ANSWERS, run.exitCode(), run.out() + run.err());

        Map<String, RunResult> runs = new HashMap<>();
        for (RunResult result : ResultsLog.read(out.resolve("results.jsonl"), w -> { })) {
            runs.put(result.config() + " " + result.instance().replaceFirst("[-.].*", ""), result);
            assertEquals("cpu", result.limit(), result.toString());
        }
        assertEquals(27, runs.size());
        for (String config : List.of("plain", "lenient", "cadical")) {
            for (String instance : List.of("uf20", "uuf50", "hole6")) {
                RunResult result = runs.get(config + " " + instance);
                assertTrue(result.outcome().answered() && result.certified(), result.toString());
            }
        }
        for (String instance : List.of("uuf50", "hole6")) {
            RunResult proved = runs.get("cadical " + instance);
            assertTrue(proved.certificate().startsWith("certified: DRAT proof verified ("), proved.toString());
            assertTrue(proved.checkSeconds() > 0, "the check's time is recorded: " + proved);
            RunResult unverified = runs.get("minisat " + instance);
            assertEquals(Outcome.UNSAT, unverified.outcome());
            assertEquals("not certified: no proof ({proof} or {lrat} not in the command)", unverified.certificate());
            RunResult trusted = runs.get("minisat-trusted " + instance);
            assertTrue(trusted.trusted() && !trusted.certified(), trusted.toString());
            assertEquals("trusted (--trust-unsat), not certified: no proof ({proof} or {lrat} not in the command)",
                    trusted.certificate());
            RunResult corrupt = runs.get("corrupt " + instance);
            assertEquals(Outcome.CERTIFICATION_FAILED, corrupt.outcome(), corrupt.toString());
            assertTrue(corrupt.message().startsWith("claimed UNSAT; rejected: DRAT proof rejected: "), corrupt.message());
            assertTrue(Files.exists(out.resolve("logs/corrupt/" + corrupt.gbd() + ".corrupt.proof")),
                    "a rejected proof is kept to be looked at");
            RunResult flippedUnsat = runs.get("flip " + instance);
            assertEquals(Outcome.CERTIFICATION_FAILED, flippedUnsat.outcome());
            assertTrue(flippedUnsat.message().startsWith("claimed SAT; rejected: the model falsifies clause "),
                    flippedUnsat.message());
        }
        assertTrue(runs.get("minisat uf20").certified(), "MiniSat's model, read from its result file, checks");
        RunResult flippedSat = runs.get("flip uf20");
        assertEquals(Outcome.CERTIFICATION_FAILED, flippedSat.outcome());
        assertTrue(flippedSat.message().startsWith("claimed UNSAT; rejected: DRAT proof rejected"), flippedSat.message());
        RunResult hog = runs.get("hog hole6");
        assertEquals(Outcome.MEMOUT, hog.outcome(), hog.toString());
        assertTrue(hog.peakRssMb() >= MEMORY_MB, "peak resident memory recorded: " + hog);
        RunResult burn = runs.get("burn uuf50");
        assertEquals(Outcome.TIMEOUT, burn.outcome(), burn.toString());
        assertEquals("killed at the CPU limit", burn.message());
        assertTrue(burn.cpuSeconds() >= TIMEOUT && burn.cpuSeconds() < TIMEOUT + 1, burn.toString());
        assertTrue(runs.get("hog uf20").certified() && runs.get("burn hole6").certified());

        for (String config : List.of("flip", "corrupt")) {
            assertTrue(run.err().contains("traceoid: WRONG ANSWER: configuration '" + config + "' on "), run.err());
        }
        JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(5, summary.get("flags").size(), "3 lies, 2 bad proofs");
        Map<String, JsonNode> rows = new HashMap<>();
        summary.get("configurations").forEach(row -> rows.put(row.get("name").asText(), row));
        assertEquals(1, rows.get("minisat").get("solved").asInt());
        assertEquals(2, rows.get("minisat").get("uncertified").asInt());
        assertEquals(3, rows.get("minisat-trusted").get("solved").asInt());
        assertEquals(2, rows.get("minisat-trusted").get("trusted").asInt());
        assertEquals(3, rows.get("flip").get("wrong").asInt());
        assertEquals(1, rows.get("hog").get("memouts").asInt());
        assertEquals(1, rows.get("burn").get("timeouts").asInt());
        JsonNode best = summary.get("virtualBest");
        assertEquals(3, best.get("solved").asInt());
        String xml = Files.readString(out.resolve("benchexec/flip.xml"));
        assertTrue(xml.contains("tool=\"flip.sh\"") && xml.contains("<column hidden=\"true\" title=\"category\" value=\"wrong\"/>"),
                xml);
        assertTrue(Files.readString(out.resolve("benchexec/cadical.xml")).contains("tool=\"cadical\" toolmodule="));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("Wrong answers (5)"), "the report lists them");
    }
}
