package org.traceoid.cnf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsWriter;

/**
 * An independent SAT solver run as a real subprocess (Debian's {@code cadical} or
 * {@code minisat}, installed by {@code .ci/run}), so that tests compare our answers with
 * someone else's rather than with our own assumptions.
 */
public enum ExternalSolver {
    CADICAL("cadical"),
    MINISAT("minisat");

    private final String command;

    ExternalSolver(String command) {
        this.command = command;
    }

    /** Whether the executable is on the PATH. */
    public boolean isAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Solves a formula (written to a temporary file) and returns the solver's answer. */
    public SolveStatus solve(Cnf cnf) {
        try {
            Path file = Files.createTempFile("traceoid-ext", ".cnf");
            try {
                DimacsWriter.write(cnf, file, List.of());
                return solve(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Solves a DIMACS file; exit codes 10/20 are the answer, anything else fails the test. */
    public SolveStatus solve(Path cnfFile) {
        List<String> argv = new ArrayList<>(List.of(command));
        if (this == CADICAL) {
            argv.add("-q");
            argv.add("-n"); // no model: only the status is compared
        } else {
            argv.add("-verb=0");
        }
        argv.add(cnfFile.toString());
        return exitStatus(run(argv, 120));
    }

    /**
     * Runs cadical on {@code cnfFile} writing a DRAT proof to {@code proofFile}
     * ({@code binary} chooses binary or text DRAT). Returns the answer.
     */
    public SolveStatus solveWithProof(Path cnfFile, Path proofFile, boolean binary) {
        if (this != CADICAL) {
            throw new UnsupportedOperationException("proofs are taken from cadical");
        }
        List<String> argv = List.of(command, "-q", "-n", "--binary=" + binary, cnfFile.toString(), proofFile.toString());
        return exitStatus(run(argv, 120));
    }

    private static SolveStatus exitStatus(Result result) {
        return switch (result.exitCode) {
            case 10 -> SolveStatus.SATISFIABLE;
            case 20 -> SolveStatus.UNSATISFIABLE;
            default -> throw new IllegalStateException("external solver exited " + result.exitCode + ": " + result.output);
        };
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> argv, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(argv + " did not finish in " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
