package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.testing.TestData;
import org.traceoid.corpora.sweep.Outcome;
import org.traceoid.corpora.sweep.ResultsLog;
import org.traceoid.corpora.sweep.RunResult;

/**
 * {@code traceoid sweep} end to end, every run a real process tree: two {@code traceoid solve}
 * configurations and Debian's cadical (writing DRAT proofs that our checker checks) over a small
 * mixed corpus with a forced error (a malformed file), a forced out-of-memory (200 million declared
 * variables under a 512 MB limit: Sat4j exhausts its heap, cadical its resident memory) and a forced
 * timeout (13 pigeons in 12 holes in 4 s of CPU time; hole10 was too easy: solved in 10 s on a quiet
 * machine, and its proof log outgrew a small heap); then the same sweep in its own JVM, a second sweep refused
 * on its directory while it runs, the first killed with {@code kill -9}, its runs dying with it, and
 * the sweep resumed.
 */
class SweepCommandTest {
    static final Path PUBLIC = TestData.root().resolve("public");
    /** CPU seconds: on a loaded machine (this one reaches load 20 on 2 cores) a wall-clock limit times out easy runs. */
    static final double TIMEOUT = 4;
    static final int MEMORY_MB = 512;

    record Run(int exitCode, String out, String err) {
    }

    static Run sweep(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("sweep"));
        all.addAll(List.of(args));
        int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** A corpus.json with two SAT, two UNSAT (one gzipped), one malformed, one too big and one too hard. */
    static Path corpus(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(PUBLIC.resolve("uf20/uf20-0236.cnf"), corpus.resolve("uf20-0236.cnf"));
        Files.copy(PUBLIC.resolve("uf50/uf50-0113.cnf"), corpus.resolve("uf50-0113.cnf"));
        Files.copy(PUBLIC.resolve("uuf50/uuf50-0126.cnf"), corpus.resolve("uuf50-0126.cnf"));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(corpus.resolve("hole6.cnf.gz")))) {
            Files.copy(PUBLIC.resolve("hole/hole6.cnf"), gz);
        }
        Files.writeString(corpus.resolve("hole12.cnf"), pigeonhole(12));
        Files.writeString(corpus.resolve("malformed.cnf"), "p cnf 3 2\n1 -2 0\n2 x 0\n");
        // Sat4j allocates per declared variable: 200 million of them do not fit in the heap, whatever the clauses
        Files.writeString(corpus.resolve("wide.cnf"), "p cnf 200000000 2\n1 200000000 0\n-1 0\n");
        Files.writeString(corpus.resolve("corpus.json"), """
                {"name": "mixed", "seed": 7, "instances": [
                  {"file": "uf20-0236.cnf", "expected": "SAT", "family": "uf20"},
                  {"file": "uuf50-0126.cnf", "expected": "UNSAT"},
                  {"file": "hole6.cnf.gz", "expected": "UNSAT"},
                  {"file": "uf50-0113.cnf", "expected": "SAT"},
                  {"file": "malformed.cnf"},
                  {"file": "wide.cnf", "expected": "UNKNOWN"},
                  {"file": "hole12.cnf", "expected": "UNSAT"}
                ]}
                """);
        return corpus.resolve("corpus.json");
    }

    /** n + 1 pigeons in n holes (Cook and Reckhow's pigeonhole formulas): exponential for resolution, so for CDCL. */
    static String pigeonhole(int holes) {
        int pigeons = holes + 1;
        StringBuilder clauses = new StringBuilder();
        int count = 0;
        for (int p = 0; p < pigeons; p++) {
            for (int h = 0; h < holes; h++) {
                clauses.append(p * holes + h + 1).append(' ');
            }
            clauses.append("0\n");
            count++;
        }
        for (int h = 0; h < holes; h++) {
            for (int a = 0; a < pigeons; a++) {
                for (int b = a + 1; b < pigeons; b++) {
                    clauses.append(-(a * holes + h + 1)).append(' ').append(-(b * holes + h + 1)).append(" 0\n");
                    count++;
                }
            }
        }
        return "p cnf " + pigeons * holes + " " + count + "\n" + clauses;
    }

    static String[] arguments(Path corpus, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(corpus.toString(),
                "--config", "default=", "--config", "lenient=--lenient", "--solver", "cadical=cadical -q {file} {proof}",
                "--timeout", Double.toString(TIMEOUT), "--limit", "cpu", "--memory", Integer.toString(MEMORY_MB),
                "--jobs", "2",
                "--out", out.toString(), "--no-progress"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** What must not depend on timing: outcome, certification, status, per (instance, configuration). */
    static Map<String, String> answers(Path out) throws IOException {
        Map<String, String> answers = new TreeMap<>();
        for (RunResult run : ResultsLog.read(out.resolve("results.jsonl"), w -> { })) {
            answers.put(run.instance() + " " + run.config(), run.outcome() + (run.certified() ? " certified" : ""));
        }
        return answers;
    }

    @Test
    void mixedCorpusWithCrashOomAndTimeoutThenKillAndResume(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/cadical")), "needs Debian's cadical");
        Path corpus = corpus(dir);
        Path full = dir.resolve("full");
        Run run = sweep(arguments(corpus, full));
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("c configuration cadical: cadical "), run.out());

        List<RunResult> runs = ResultsLog.read(full.resolve("results.jsonl"), w -> { });
        assertEquals(21, runs.size(), "7 instances x 3 configurations, each recorded once");
        for (RunResult result : runs) {
            String why = result.toString();
            boolean external = result.config().equals("cadical");
            switch (result.instance()) {
                case "uf20-0236.cnf", "uf50-0113.cnf" -> {
                    assertEquals(Outcome.SAT, result.outcome(), why);
                    assertTrue(result.certified(), why);
                    assertTrue(result.certificate().startsWith("certified: model satisfies all"), why);
                    assertEquals(external, result.checkSeconds() > 0, why);
                }
                case "uuf50-0126.cnf", "hole6.cnf.gz" -> {
                    assertEquals(Outcome.UNSAT, result.outcome(), why);
                    assertTrue(result.certified(), why);
                    assertTrue(result.certificate().startsWith(external ? "certified: DRAT proof verified ("
                            : "certified: DRAT proof verified"), why);
                    assertEquals(external, result.checkSeconds() > 0, why);
                }
                case "malformed.cnf" -> {
                    assertEquals(Outcome.ERROR, result.outcome(), why);
                    assertEquals(external ? 1 : ExitCodes.INPUT_ERROR, result.exitCode(), why);
                    assertTrue(!result.errorTail().isEmpty() || !external, why);
                }
                case "wide.cnf" -> {
                    assertEquals(Outcome.MEMOUT, result.outcome(), why);
                    if (external) {
                        assertTrue(result.peakRssMb() >= MEMORY_MB, "cadical's peak resident memory: " + why);
                    }
                }
                case "hole12.cnf" -> assertEquals(Outcome.TIMEOUT, result.outcome(), why);
                default -> throw new AssertionError(why);
            }
            assertTrue(result.wallSeconds() > 0 && result.cpuSeconds() > 0, why);
            assertTrue(result.cpuSeconds() < TIMEOUT + 1, why);
            assertEquals(32, result.gbd().length());
            assertEquals("cpu", result.limit());
            assertTrue(result.resources().contains("rlimits"), why);
        }
        for (String file : List.of("results.csv", "summary.json", "index.html", "cactus.svg", "cactus.png",
                "scatter.svg", "scatter.png", "mkplot/cadical.json")) {
            assertTrue(Files.size(full.resolve(file)) > 0, file);
        }
        assertTrue(run.out().contains("c default          solved "), run.out());
        try (var files = Files.walk(full.resolve("logs"))) {
            assertEquals(List.of(), files.filter(f -> f.toString().contains(".attempt-")
                    || f.toString().endsWith(".proof")).toList(), "attempts renamed, verified proofs deleted");
        }

        // report re-renders from results.jsonl alone; a manifest that contradicts an answer is loud
        Files.delete(full.resolve("summary.json"));
        Run report = sweep("report", full.toString(), "--benchexec", "--scatter", "lenient,default");
        assertEquals(ExitCodes.OK, report.exitCode(), report.err());
        assertTrue(Files.size(full.resolve("summary.json")) > 0);
        assertTrue(Files.size(full.resolve("benchexec/cadical.xml")) > 0);
        Path contradicted = Files.createDirectories(dir.resolve("contradicted"));
        Files.writeString(contradicted.resolve("results.jsonl"), Files.readString(full.resolve("results.jsonl"))
                .replaceAll("(\"instance\":\"uf20-0236.cnf\".*?\"expected\":)\"SAT\"", "$1\"UNSAT\""));
        Run wrong = sweep("report", contradicted.toString());
        assertEquals(SweepCommand.WRONG_ANSWERS, wrong.exitCode(), wrong.out() + wrong.err());
        assertTrue(wrong.err().contains("traceoid: WRONG ANSWER: configuration 'default' on uf20-0236.cnf (GBD "),
                wrong.err());
        assertTrue(wrong.err().contains("answered SAT but the manifest expects UNSAT"), wrong.err());
        assertTrue(Files.readString(contradicted.resolve("index.html")).contains("Wrong answers (3)"));

        // The same sweep in its own JVM. While it runs, its directory is refused to a second sweep
        // (issue 17: two sweeps on one --out lost runs and tore a line) and to merge. Then it is
        // killed outright, as a crashed node would be: its runs must die with it (no orphaned JVMs
        // or solvers), and the resumed sweep deletes what they left and gives the same answers.
        Path resumed = dir.resolve("resumed");
        List<String> command = new ArrayList<>(List.of(SweepCommand.solverCommand().java(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "sweep"));
        command.addAll(List.of(arguments(corpus, resumed)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-sweep.log").toFile()).start();
        Path results = resumed.resolve("results.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while ((lines(results) < 6 || attempts(resumed).isEmpty()) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), Files.readString(dir.resolve("killed-sweep.log")));
        Run second = sweep(arguments(corpus, resumed, "--resume"));
        assertEquals(ExitCodes.INPUT_ERROR, second.exitCode(), second.out() + second.err());
        assertTrue(second.err().matches("traceoid: " + Pattern.quote(resumed.toString())
                + " is in use by a live sweep \\(pid " + process.pid() + " on .* since .*\\); wait for it to finish,"
                + " or choose another --out\n"), second.err());
        Run merge = sweep("merge", resumed.toString());
        assertEquals(ExitCodes.INPUT_ERROR, merge.exitCode(), merge.err());
        process.destroyForcibly(); // SIGKILL to the sweep's JVM only
        process.waitFor();
        long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!survivors(corpus).isEmpty() && System.nanoTime() < gone) {
            Thread.sleep(50);
        }
        assertEquals(List.of(), survivors(corpus), "runs of a killed sweep die with it");
        List<Path> stale = attempts(resumed);
        assertFalse(stale.isEmpty(), "the killed runs left attempt files");
        int recorded = ResultsLog.read(results, w -> { }).size();
        assertTrue(recorded >= 6 && recorded < 21, "killed midway: " + recorded + " runs recorded");

        Run again = sweep(arguments(corpus, resumed));
        assertEquals(ExitCodes.INPUT_ERROR, again.exitCode(), "without --resume a used directory is refused");
        assertTrue(again.err().contains("pass --resume to continue that sweep"), again.err());
        Run resume = sweep(arguments(corpus, resumed, "--resume"));
        assertEquals(ExitCodes.OK, resume.exitCode(), resume.out() + resume.err());
        assertTrue(resume.out().contains("c resuming: " + recorded + " of 21 runs already recorded"), resume.out());
        assertTrue(resume.out().contains("c deleted " + stale.size() + " files of runs a killed sweep left in "),
                resume.out());
        assertEquals(List.of(), attempts(resumed));
        assertEquals(answers(full), answers(resumed));
        assertEquals(21, ResultsLog.read(results, w -> { }).size());
        for (String line : Files.readAllLines(results)) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(line); // no torn line
        }
    }

    /** The attempt files of runs in progress (or left by a killed sweep). */
    static List<Path> attempts(Path sweepDir) throws IOException {
        Path logs = sweepDir.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (var files = Files.walk(logs)) {
            return files.filter(f -> f.getFileName().toString().contains(".attempt-")).toList();
        }
    }

    /** Processes whose command line names something in {@code dir}: the runs of a sweep over it. */
    static List<String> survivors(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String commandLine = new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ');
                    if (commandLine.contains(dir.toString())) {
                        found.add(proc.getFileName() + ": " + commandLine.strip());
                    }
                } catch (IOException gone) {
                    // exited meanwhile
                }
            }
        }
        return found;
    }

    static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }

    /** Issue 15: a misconfigured solver turned every run into an ERROR and the sweep still exited 0. */
    @Test
    void aBrokenConfigurationStopsTheSweepWithOneLine(@TempDir Path dir) throws Exception {
        String corpus = PUBLIC.resolve("uf20").toString();
        Run missing = sweep(corpus, "--solver", "cad=cadicalx {file}", "--out", dir.resolve("a").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode(), missing.out() + missing.err());
        assertTrue(missing.err().matches("traceoid: configuration 'cad' failed its probe on a satisfiable 3-variable"
                + " formula: expected SAT, got ERROR: exit code 127, no s line: .*cadicalx: not found \\(output in .*\\)\n"),
                missing.err());
        Run option = sweep(corpus, "--config", "broken=--no-such-option", "--out", dir.resolve("b").toString());
        assertEquals(ExitCodes.USAGE, option.exitCode(), option.out() + option.err());
        assertTrue(option.err().startsWith("traceoid: configuration 'broken' failed its probe on a satisfiable"
                + " 3-variable formula: expected SAT, got ERROR: exit code 1, no s line: "), option.err());
        assertEquals(1, option.err().lines().count(), option.err());
        // a solver that prints no v lines (MiniSat without {model}) cannot have its SAT answer checked
        Run noModel = sweep(corpus, "--solver", "mini=minisat {file}", "--out", dir.resolve("c").toString());
        assertEquals(ExitCodes.USAGE, noModel.exitCode(), noModel.out() + noModel.err());
        assertTrue(noModel.err().contains("failed its probe on a satisfiable 3-variable formula: expected SAT, got"
                + " ERROR: exit code 10, no s line"), noModel.err());
        Run trust = sweep(corpus, "--config", "a=", "--trust-unsat", "b", "--out", dir.resolve("d").toString());
        assertEquals(ExitCodes.USAGE, trust.exitCode());
        assertTrue(trust.err().startsWith("--trust-unsat names no configuration: 'b'"), trust.err());
        Run limit = sweep(corpus, "--config", "a=", "--limit", "user", "--out", dir.resolve("e").toString());
        assertEquals(ExitCodes.USAGE, limit.exitCode());
        assertTrue(limit.err().startsWith("--limit is cpu or wall, got 'user'"), limit.err());
    }

    /** Issue 15: --slurm without sbatch gave a stack trace. */
    @Test
    void slurmWithoutSbatchIsOneLine(@TempDir Path dir) throws Exception {
        List<String> command = new ArrayList<>(List.of(SweepCommand.solverCommand().java(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "sweep", PUBLIC.resolve("uf20").toString(),
                "--config", "a=", "--slurm", "--out", dir.resolve("s").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", dir.resolve("no-bin").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCodes.USAGE, process.exitValue(), output);
        assertEquals("traceoid: --slurm needs SLURM's sbatch, and there is none on PATH (install the SLURM client, e.g."
                + " Debian's slurm-client, or run the sweep without --slurm)\n", output);
    }

    @Test
    void reportRerendersAndUsageErrorsAreOneLine(@TempDir Path dir) throws IOException {
        Run noConfig = sweep(PUBLIC.resolve("uf20").toString(), "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.USAGE, noConfig.exitCode());
        assertTrue(noConfig.err().startsWith("at least one --config or --solver is required"), noConfig.err());
        Run missing = sweep(dir.resolve("nope").toString(), "--config", "a=", "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.INPUT_ERROR, missing.exitCode());
        assertEquals("traceoid: " + dir.resolve("nope") + ": no such file\n", missing.err());
        Run noResults = sweep("report", dir.toString());
        assertEquals(ExitCodes.INPUT_ERROR, noResults.exitCode());
        assertEquals("traceoid: " + dir.resolve("results.jsonl") + ": no such file (not a sweep directory?)\n",
                noResults.err());
    }
}
