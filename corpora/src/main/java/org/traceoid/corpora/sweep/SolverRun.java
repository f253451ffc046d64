package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.traceoid.cnf.SolveStatus;

/**
 * One (instance, configuration) run: a {@code traceoid solve} JVM or an external solver's command,
 * run as a process tree under the sweep's limits ({@link TreeRunner}), classified
 * ({@link Classification}), an external solver's answer checked by us ({@link Verifier}), its
 * files renamed into place.
 *
 * <p>Files, in {@code logs/CONFIG/}: {@code GBD.CONFIG.out} and {@code .err} (the run's output),
 * {@code .model} (an external solver's {@code {model}} file), {@code .check.out/.err} (the answer
 * check's output), and {@code .proof} only when a proof was rejected or left undecided (a verified
 * proof is deleted: proofs can be far larger than the instance). While a run is in progress its
 * files carry an attempt name, {@code GBD.CONFIG.attempt-HOST-PID-N}, renamed when it is over, so a
 * run left behind by a killed sweep never writes into the files of the run that replaces it; a
 * resumed sweep deletes such leftovers ({@link StaleFiles}).
 */
final class SolverRun {
    private static final AtomicLong ATTEMPTS = new AtomicLong();
    static final String HOST = hostName();

    private SolverRun() {
    }

    /** The attempt marker in file names, with this host and process. */
    static String attemptMarker() {
        return ".attempt-" + HOST + "-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Runs one pair. Returns null if the sweep stopped it (not a result); never throws for
     * anything the solver does, only for failures to start or to write files.
     */
    static RunResult run(Instance instance, Configuration config, SweepSettings settings, Path logDir,
            ResourceControl control, Set<TreeRunner.Handle> live) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        String stem = instance.gbd() + "." + config.name();
        String attempt = stem + attemptMarker() + ATTEMPTS.incrementAndGet();
        Path out = logDir.resolve(attempt + ".out");
        Path err = logDir.resolve(attempt + ".err");
        Path model = logDir.resolve(attempt + ".model");
        Path proof = logDir.resolve(attempt + ".proof");
        RunLimits limits = settings.limits();
        List<String> command;
        if (config.external()) {
            command = config.solver().command(instance.file(), proof, model);
        } else {
            // Under a CPU limit Traceoid's own deadline is the wall-clock backstop: the runner's CPU limit decides.
            double deadline = limits.kind() == RunLimits.Kind.CPU ? limits.killWallSeconds() : limits.timeoutSeconds();
            List<String> solveArguments = new ArrayList<>(config.options());
            solveArguments.addAll(List.of("--no-model", "--timeout", format(deadline),
                    instance.file().toAbsolutePath().toString()));
            command = settings.solver().solve(limits.memoryMb(), solveArguments);
        }
        TreeRunner.Measurement m = TreeRunner.run(command, Map.of(), out, err, logDir.resolve(attempt), limits,
                control, attempt, live);
        if (m.ending() == TreeRunner.Ending.STOPPED) {
            for (Path file : List.of(out, err, model, proof)) {
                Files.deleteIfExists(file);
            }
            return null;
        }
        String stdout = read(out);
        String stderr = read(err);
        double[] checkSeconds = {-1};
        Classification c;
        if (config.external()) {
            Path answerFile = config.solver().writesModelFile() ? model : out;
            SolverAnswer.Claim claim = SolverAnswer.claimedStatus(answerFile);
            c = Classification.external(m, limits, stdout, stderr, claim, claimed -> {
                if (claimed.status() == SolveStatus.UNSATISFIABLE
                        && config.solver().proofKind() == SolverTemplate.ProofKind.NONE) {
                    return new AnswerCheck.Verdict(AnswerCheck.Result.UNDECIDED,
                            "no proof ({proof} or {lrat} not in the command)");
                }
                Verifier.Checked checked = Verifier.check(claimed, instance.file(), answerFile, proof,
                        config.solver().proofKind(), settings, logDir.resolve(stem), control, live);
                checkSeconds[0] = checked.seconds();
                return checked.verdict();
            });
        } else {
            c = Classification.traceoid(m, limits, stdout, stderr);
        }
        boolean trusted = c.outcome() == Outcome.UNSAT && !c.certified() && settings.trustUnsat().contains(config.name());
        String certificate = trusted ? "trusted (--trust-unsat), " + c.certificate() : c.certificate();
        keepFiles(logDir, attempt, stem, c);
        boolean failed = c.outcome() == Outcome.ERROR || c.outcome() == Outcome.MEMOUT
                || c.outcome() == Outcome.CERTIFICATION_FAILED;
        return new RunResult(instance.gbd(), instance.name(), instance.file().toString(), instance.family(),
                config.name(), config.tool(), config.version(), config.optionString(), c.outcome(), c.certified(),
                trusted, certificate, m.exitCode(), round(m.wallSeconds()), round(m.cpuSeconds()), m.peakMb(),
                limits.kind().word(), checkSeconds[0], m.mechanism(), shortName(instance.expected()),
                limits.timeoutSeconds(), limits.memoryMb(), c.message(), failed ? ErrorTail.tail(stderr) : "", HOST,
                Instant.now().toString());
    }

    /**
     * Renames the attempt's files into place. A proof is kept only for an UNSAT answer it did not
     * certify (rejected or undecided), to be looked at; verified proofs and the partial proofs of
     * runs that did not answer are deleted.
     */
    private static void keepFiles(Path logDir, String attempt, String stem, Classification c) throws IOException {
        boolean keepProof = c.outcome() == Outcome.CERTIFICATION_FAILED || c.outcome() == Outcome.UNSAT && !c.certified();
        for (String suffix : List.of(".out", ".err", ".model", ".proof")) {
            Path from = logDir.resolve(attempt + suffix);
            Path to = logDir.resolve(stem + suffix);
            if (suffix.equals(".proof") && (!keepProof || !Files.exists(from))) {
                Files.deleteIfExists(from);
                Files.deleteIfExists(to);
            } else if (Files.exists(from)) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(to); // left by an earlier run of this pair
            }
        }
    }

    static String shortName(SolveStatus status) {
        return switch (status) {
            case SATISFIABLE -> "SAT";
            case UNSATISFIABLE -> "UNSAT";
            case UNKNOWN -> "UNKNOWN";
        };
    }

    /** A file's end, at most 1 MiB: Traceoid runs print no model, external models are read from the file itself. */
    static String read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        long size = Files.size(file);
        int cap = 1 << 20;
        try (var channel = Files.newByteChannel(file)) {
            channel.position(Math.max(0, size - cap));
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(size, cap));
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        }
    }

    static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds)
                : String.format(Locale.ROOT, "%s", seconds);
    }

    private static double round(double seconds) {
        return seconds < 0 ? -1 : Math.round(seconds * 1000) / 1000.0;
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown";
            }
        }
        return host.replaceAll("[^A-Za-z0-9.-]", "_");
    }
}
