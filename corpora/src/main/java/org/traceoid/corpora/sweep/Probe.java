package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.corpora.GbdHash;

/**
 * Tries every configuration on two tiny formulas before a sweep starts, through the very runner and
 * answer check the sweep uses, so that a broken configuration (a misspelt binary, an unknown
 * option, a solver that prints no {@code v} lines, a proof that does not check) stops the sweep
 * with one line instead of turning every run into an error. A configuration passes when it
 * answers SAT on the satisfiable formula with a checked model, and UNSAT on the unsatisfiable one
 * with a checked proof if it promises one ({@code {proof}}, {@code {lrat}}; Traceoid always does
 * unless told {@code --no-certify}). It also asks an external solver's program for its version
 * ({@code PROGRAM --version}, first line, if it exits 0). Files go to {@code DIR/probe/}.
 */
public final class Probe {
    static final String SATISFIABLE = "c traceoid sweep probe: satisfiable\np cnf 3 2\n1 -2 0\n2 3 0\n";
    /** All four clauses over two variables: a refutation needs real resolution steps, not only units. */
    static final String UNSATISFIABLE = "c traceoid sweep probe: unsatisfiable\np cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n";

    private Probe() {
    }

    /** A configuration failed its probe; the message is one line. */
    public static final class BrokenConfigurationException extends Exception {
        private static final long serialVersionUID = 1L;

        BrokenConfigurationException(String message) {
            super(message);
        }
    }

    /**
     * Probes every configuration, one after the other, and returns them with their versions.
     *
     * @throws BrokenConfigurationException for the first configuration that fails
     */
    public static List<Configuration> check(SweepSettings settings, Path dir)
            throws IOException, InterruptedException, BrokenConfigurationException {
        Path probe = dir.resolve("probe");
        deleteTree(probe.resolve("logs")); // an earlier probe's, perhaps of a killed sweep
        Files.createDirectories(probe);
        Instance sat = instance(probe, "satisfiable.cnf", SATISFIABLE, SolveStatus.SATISFIABLE);
        Instance unsat = instance(probe, "unsatisfiable.cnf", UNSATISFIABLE, SolveStatus.UNSATISFIABLE);
        RunLimits limits = new RunLimits(Math.max(settings.limits().timeoutSeconds(), 20), settings.limits().memoryMb(),
                settings.limits().kind());
        SweepSettings probing = new SweepSettings(settings.configurations(), limits, settings.checkLimits(), 1,
                settings.solver(), Set.of());
        Set<TreeRunner.Handle> live = ConcurrentHashMap.newKeySet();
        List<Configuration> probed = new ArrayList<>();
        try (ResourceControl control = ResourceControl.detect(why -> { })) {
            for (Configuration config : settings.configurations()) {
                Path logs = probe.resolve("logs").resolve(config.name());
                for (Instance instance : List.of(sat, unsat)) {
                    RunResult run = SolverRun.run(instance, config, probing, logs, control, live);
                    String problem = run == null ? "interrupted" : problem(config, instance, run);
                    if (problem != null) {
                        throw new BrokenConfigurationException("configuration '" + config.name() + "' failed its probe"
                                + " on a " + (instance == sat ? "satisfiable" : "unsatisfiable") + " "
                                + (instance == sat ? 3 : 2) + "-variable formula: " + problem + " (output in " + logs
                                + ")");
                    }
                }
                probed.add(config.external() ? config.withVersion(version(config.solver(), logs, control, live)) : config);
            }
        }
        return probed;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            try (java.util.stream.Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Instance instance(Path dir, String name, String text, SolveStatus expected) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.US_ASCII);
        return new Instance(file, name, GbdHash.ofFile(file), expected, "probe");
    }

    /** Why a probe run is not good enough, or null. */
    static String problem(Configuration config, Instance instance, RunResult run) {
        Outcome wanted = instance.expected() == SolveStatus.SATISFIABLE ? Outcome.SAT : Outcome.UNSAT;
        String said = run.outcome() + (run.message().isEmpty() ? "" : ": " + run.message());
        if (run.outcome() != wanted) {
            return "expected " + wanted + ", got " + said;
        }
        if (run.certified()) {
            return null;
        }
        boolean optedOut = !config.external() && run.certificate().contains("not certified");
        boolean noProof = config.external() && wanted == Outcome.UNSAT
                && config.solver().proofKind() == SolverTemplate.ProofKind.NONE;
        if (optedOut || noProof) {
            return null;
        }
        return wanted + " but not certified: " + (run.certificate().isEmpty() ? "no certificate" : run.certificate());
    }

    /**
     * The first line of {@code PROGRAM --version} if it exits 0 within 5 s, else "unknown"; run as a
     * tree under the runner like everything else, so a program that does something else with the
     * option cannot linger.
     */
    static String version(SolverTemplate solver, Path logs, ResourceControl control, Set<TreeRunner.Handle> live)
            throws IOException, InterruptedException {
        Path out = logs.resolve("version.out");
        TreeRunner.Measurement m = TreeRunner.run(List.of(solver.executable(), "--version"), java.util.Map.of(), out,
                logs.resolve("version.err"), logs.resolve("version"), new RunLimits(5, 256, RunLimits.Kind.WALL),
                control, "version-" + System.nanoTime(), live);
        String first = SolverRun.read(out).strip().split("\n")[0].strip();
        return m.ending() == TreeRunner.Ending.EXITED && m.exitCode() == 0 && !first.isEmpty() && first.length() <= 80
                ? first : "unknown";
    }
}
