package org.traceoid.proofcheck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.Compression;
import org.traceoid.cnf.dimacs.DimacsFormatException;

/**
 * Reads a solver's answer in SAT-competition form, from any solver: one {@code s} line
 * ({@code s SATISFIABLE}, {@code s UNSATISFIABLE} or {@code s UNKNOWN}) and, for SAT, {@code v}
 * lines of DIMACS literals ending with {@code 0}. {@code c} lines and any other lines (solvers
 * print banners) are ignored. The model is then checked against the original formula with
 * {@link org.traceoid.cnf.ModelCheck}; this class only reads.
 */
public final class CompetitionOutputReader {

    /**
     * A solver's answer.
     *
     * @param status the {@code s} line
     * @param model  the {@code v} literals as an assignment (null unless SATISFIABLE)
     */
    public record Answer(SolveStatus status, Assignment model) {
    }

    private CompetitionOutputReader() {
    }

    /** Reads a file (plain or compressed). */
    public static Answer read(Path file, int variableCount) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), variableCount);
        }
    }

    /**
     * Reads solver output naming it {@code source} in messages.
     *
     * @throws DimacsFormatException with {@code source:line:column} for a missing or repeated
     *         {@code s} line, a bad literal, a literal above {@code variableCount}, a variable given
     *         both values, or {@code v} lines without the final {@code 0}
     */
    public static Answer read(InputStream in, String source, int variableCount) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Compression.decompressing(in),
                StandardCharsets.US_ASCII));
        SolveStatus status = null;
        IntList literals = new IntList(Math.min(variableCount + 1, 1 << 20));
        boolean terminated = false;
        long lastVLine = 0;
        String line;
        long number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("s ") || line.equals("s")) {
                SolveStatus read = switch (line.substring(1).trim()) {
                    case "SATISFIABLE" -> SolveStatus.SATISFIABLE;
                    case "UNSATISFIABLE" -> SolveStatus.UNSATISFIABLE;
                    case "UNKNOWN" -> SolveStatus.UNKNOWN;
                    default -> throw new DimacsFormatException(source, number, 3,
                            "expected SATISFIABLE, UNSATISFIABLE or UNKNOWN after 's'");
                };
                if (status != null) {
                    throw new DimacsFormatException(source, number, 1, "a second 's' line");
                }
                status = read;
            } else if (line.startsWith("v ") || line.equals("v")) {
                lastVLine = number;
                if (terminated) {
                    throw new DimacsFormatException(source, number, 1, "'v' line after the model's final 0");
                }
                int column = 2;
                for (String token : line.substring(1).split("[ \t]+", -1)) {
                    column++;
                    if (token.isEmpty()) {
                        continue;
                    }
                    int literal;
                    try {
                        literal = Integer.parseInt(token);
                    } catch (NumberFormatException e) {
                        throw new DimacsFormatException(source, number, line.indexOf(token, column - 2) + 1,
                                "expected a literal, found '" + token + "'");
                    }
                    if (terminated) {
                        throw new DimacsFormatException(source, number, line.indexOf(token, column - 2) + 1,
                                "literal after the model's final 0");
                    }
                    if (literal == 0) {
                        terminated = true;
                    } else if (literal == Integer.MIN_VALUE || Math.abs(literal) > variableCount) {
                        throw new DimacsFormatException(source, number, line.indexOf(token, column - 2) + 1,
                                "literal " + literal + " exceeds the " + variableCount + " variables of the formula");
                    } else {
                        literals.add(literal);
                    }
                    column += token.length();
                }
            }
        }
        if (status == null) {
            throw new DimacsFormatException(source, Math.max(1, number), 1, "no 's' line in the solver output");
        }
        if (status != SolveStatus.SATISFIABLE) {
            return new Answer(status, null);
        }
        if (lastVLine == 0) {
            throw new DimacsFormatException(source, Math.max(1, number), 1, "SATISFIABLE without 'v' lines");
        }
        if (!terminated) {
            throw new DimacsFormatException(source, lastVLine, 1, "the model's 'v' lines do not end with 0");
        }
        try {
            return new Answer(status, Assignment.fromModel(variableCount, literals.toArray()));
        } catch (IllegalArgumentException e) {
            throw new DimacsFormatException(source, lastVLine, 1, e.getMessage());
        }
    }
}
