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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.traceoid.cnf.SolveStatus;

/**
 * One (instance, configuration) run in its own JVM: start, wait up to the limit plus a grace,
 * kill the process tree past it, and classify what came out.
 *
 * <p>CPU time: the JVM runs under {@code /bin/bash -c '"$@"; times > FILE'}; bash's {@code times}
 * reports {@code getrusage(RUSAGE_CHILDREN)}, the user and system time of the JVM and everything it
 * waited for, taken by the kernel when the JVM exits, so it is exact also for a crashed, killed or
 * out-of-memory run (sampling {@code ProcessHandle.info().totalCpuDuration()} loses the last
 * interval and is empty once the process is gone). Without {@code /bin/bash} the CPU time is -1.
 */
final class SolverRun {
    private static final Path BASH = Path.of("/bin/bash");
    private static final String WRAPPER = "\"$@\"; rc=$?; times > \"$TRACEOID_SWEEP_TIMES\" 2>/dev/null; exit $rc";
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([0-9.]+)s\\s+(\\d+)m([0-9.]+)s");

    private static final AtomicLong ATTEMPTS = new AtomicLong();

    private SolverRun() {
    }

    /** Seconds past the limit before the runner kills a run that did not stop by itself. */
    static double graceSeconds(double timeoutSeconds) {
        return 2 + 0.1 * timeoutSeconds;
    }

    /** Runs one pair; never throws for anything the solver does, only for failures to start or write logs. */
    static RunResult run(Instance instance, Configuration config, SweepSettings settings, Path logDir,
            Set<Process> live) throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        String stem = instance.gbd() + "." + config.name();
        // Each attempt writes its own files, renamed when it is over: a solver JVM orphaned by a
        // killed sweep cannot write into the files of the run that replaces it after --resume.
        String attempt = stem + ".attempt-" + ProcessHandle.current().pid() + "-" + ATTEMPTS.incrementAndGet();
        Path out = logDir.resolve(attempt + ".out");
        Path err = logDir.resolve(attempt + ".err");
        Path times = logDir.resolve(attempt + ".times");
        List<String> solveArguments = new ArrayList<>(config.options());
        solveArguments.addAll(List.of("--no-model", "--timeout", format(settings.timeoutSeconds()),
                instance.file().toAbsolutePath().toString()));
        List<String> command = new ArrayList<>();
        boolean wrapped = Files.isExecutable(BASH);
        if (wrapped) {
            command.addAll(List.of(BASH.toString(), "-c", WRAPPER, "traceoid-run"));
        }
        command.addAll(settings.solver().command(settings.memoryMb(), solveArguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("TRACEOID_SWEEP_TIMES", times.toAbsolutePath().toString());
        long start = System.nanoTime();
        Process process = builder.start();
        live.add(process);
        boolean killed = false;
        try {
            long limitNanos = (long) ((settings.timeoutSeconds() + graceSeconds(settings.timeoutSeconds())) * 1e9);
            if (!process.waitFor(limitNanos, TimeUnit.NANOSECONDS)) {
                killed = true;
                // the JVM first, so bash survives to write the CPU times; then bash if it lingers
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor();
                }
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw e;
        } finally {
            live.remove(process);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = wrapped ? cpuSeconds(times) : -1;
        Files.deleteIfExists(times);
        Classification c = classify(process.exitValue(), read(out), read(err), killed, wall, settings.timeoutSeconds());
        Files.move(out, logDir.resolve(stem + ".out"), StandardCopyOption.REPLACE_EXISTING);
        Files.move(err, logDir.resolve(stem + ".err"), StandardCopyOption.REPLACE_EXISTING);
        return new RunResult(instance.gbd(), instance.name(), instance.file().toString(), config.name(),
                config.optionString(), c.outcome(), c.certified(), c.certificate(), process.exitValue(), round(wall),
                round(cpu), shortName(instance.expected()), settings.timeoutSeconds(), settings.memoryMb(),
                c.message(), HOST, Instant.now().toString());
    }

    /** What a run's exit code and output mean. */
    record Classification(Outcome outcome, boolean certified, String certificate, String message) {
    }

    /**
     * The rules, in order: killed by the runner → timeout; an {@code OutOfMemoryError} on stderr →
     * memout; exit 3 → certification failed; an {@code s} line that matches the exit code → the
     * answer (certified only with a {@code c certified:} line), a timeout if it came past the
     * limit; anything else → error, with the last line of stderr as the message.
     */
    static Classification classify(int exitCode, String stdout, String stderr, boolean killed, double wallSeconds,
            double timeoutSeconds) {
        String certificate = "";
        String statusLine = null;
        for (String line : stdout.split("\n")) {
            line = line.strip();
            if (line.startsWith("s ")) {
                statusLine = line;
            } else if (line.startsWith("c certified:") || line.startsWith("c ") && line.contains("not certified")) {
                certificate = line.substring(2);
            }
        }
        boolean certified = certificate.startsWith("certified:");
        if (killed) {
            return new Classification(Outcome.TIMEOUT, false, "", "killed past the limit plus grace");
        }
        // HotSpot prints "Terminating due to java.lang.OutOfMemoryError: ..." on stdout, other paths on stderr
        if (stderr.contains("java.lang.OutOfMemoryError") || stdout.contains("java.lang.OutOfMemoryError")) {
            return new Classification(Outcome.MEMOUT, false, "", "out of memory (heap limit)");
        }
        if (exitCode == 3) {
            return new Classification(Outcome.CERTIFICATION_FAILED, false, "", lastLine(stderr));
        }
        SolveStatus status = statusLine == null ? null : switch (statusLine) {
            case "s SATISFIABLE" -> SolveStatus.SATISFIABLE;
            case "s UNSATISFIABLE" -> SolveStatus.UNSATISFIABLE;
            case "s UNKNOWN" -> SolveStatus.UNKNOWN;
            default -> null;
        };
        if (status != null && status.exitCode() == exitCode) {
            if (status == SolveStatus.UNKNOWN) {
                return new Classification(Outcome.TIMEOUT, false, "", "s UNKNOWN");
            }
            Outcome answer = status == SolveStatus.SATISFIABLE ? Outcome.SAT : Outcome.UNSAT;
            if (wallSeconds > timeoutSeconds) {
                return new Classification(Outcome.TIMEOUT, certified, certificate,
                        "answered " + answer + " after the limit");
            }
            return new Classification(answer, certified, certificate, "");
        }
        String detail = lastLine(stderr);
        String why = status == null ? "no s line" : "'" + statusLine + "' with exit code " + exitCode;
        return new Classification(Outcome.ERROR, false, "",
                "exit code " + exitCode + ", " + why + (detail.isEmpty() ? "" : ": " + detail));
    }

    static String shortName(SolveStatus status) {
        return switch (status) {
            case SATISFIABLE -> "SAT";
            case UNSATISFIABLE -> "UNSAT";
            case UNKNOWN -> "UNKNOWN";
        };
    }

    private static double cpuSeconds(Path times) {
        try {
            List<String> lines = Files.readAllLines(times);
            if (lines.size() >= 2) {
                Matcher m = TIMES.matcher(lines.get(1));
                if (m.find()) {
                    return Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                            + Long.parseLong(m.group(3)) * 60 + Double.parseDouble(m.group(4));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // bash was killed before it could write: no CPU time
        }
        return -1;
    }

    private static String read(Path file) throws IOException {
        // the output is small (the runner passes --no-model); cap it anyway against a runaway solver
        byte[] bytes = Files.readAllBytes(file);
        int cap = 1 << 20;
        int from = Math.max(0, bytes.length - cap);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.length() > 300 ? last.substring(0, 300) + "..." : last;
    }

    private static double round(double seconds) {
        return seconds < 0 ? -1 : Math.round(seconds * 1000) / 1000.0;
    }

    static String format(double seconds) {
        return String.format(Locale.ROOT, "%s", seconds == Math.rint(seconds) ? Long.toString((long) seconds)
                : Double.toString(seconds));
    }

    private static final String HOST = hostName();

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "unknown";
            }
        }
        return host;
    }
}
