package org.traceoid.corpora.sweep;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsFormatException;
import org.traceoid.proofcheck.CompetitionOutputReader;

/**
 * What an external solver claims, read from its stdout or its {@code {model}} file, in either of
 * two forms: the SAT Competition's ({@code s SATISFIABLE}, {@code v} lines ending in 0; read by
 * {@link CompetitionOutputReader}) or MiniSat's result file (a first line {@code SAT},
 * {@code UNSAT} or {@code INDET}, then for SAT the model's literals ending in 0).
 *
 * <p>Memory: {@link #claimedStatus} keeps only the first bytes of each line, so a model printed on
 * one line of many megabytes costs nothing; {@link #model} holds one int per literal read.
 */
final class SolverAnswer {
    private static final int PREFIX = 32;

    private SolverAnswer() {
    }

    /** What the output claims: the status, and whether it came in MiniSat's form. */
    record Claim(SolveStatus status, boolean miniSatForm, String statusLine) {
    }

    /**
     * The claimed status, or null if there is none: the (last) {@code s} line; failing that, a
     * MiniSat result file's first line.
     */
    static Claim claimedStatus(Path output) throws IOException {
        if (!Files.isRegularFile(output)) {
            return null;
        }
        String statusLine = null;
        String firstLine = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(output), 1 << 16)) {
            byte[] prefix = new byte[PREFIX];
            int length = 0;
            int b;
            boolean more = true;
            while (more) {
                b = in.read();
                more = b >= 0;
                if (b == '\n' || !more) {
                    String line = new String(prefix, 0, length, StandardCharsets.US_ASCII).strip();
                    if (line.startsWith("s ")) {
                        statusLine = line;
                    } else if (firstLine == null && !line.isEmpty()) {
                        firstLine = line;
                    }
                    length = 0;
                } else if (length < PREFIX) {
                    prefix[length++] = (byte) b;
                }
            }
        }
        if (statusLine != null) {
            SolveStatus status = switch (statusLine) {
                case "s SATISFIABLE" -> SolveStatus.SATISFIABLE;
                case "s UNSATISFIABLE" -> SolveStatus.UNSATISFIABLE;
                case "s UNKNOWN" -> SolveStatus.UNKNOWN;
                default -> null;
            };
            return status == null ? null : new Claim(status, false, statusLine);
        }
        if (firstLine == null) {
            return null;
        }
        SolveStatus status = switch (firstLine) {
            case "SAT" -> SolveStatus.SATISFIABLE;
            case "UNSAT" -> SolveStatus.UNSATISFIABLE;
            case "INDET" -> SolveStatus.UNKNOWN;
            default -> null;
        };
        return status == null ? null : new Claim(status, true, firstLine);
    }

    /**
     * The model the output gives, over {@code variableCount} variables.
     *
     * @throws DimacsFormatException with file, line and column for a malformed model
     */
    static Assignment model(Path output, int variableCount) throws IOException {
        Claim claim = claimedStatus(output);
        if (claim == null || !claim.miniSatForm()) {
            CompetitionOutputReader.Answer answer = CompetitionOutputReader.read(output, variableCount);
            if (answer.status() != SolveStatus.SATISFIABLE) {
                throw new DimacsFormatException(output.toString(), 1, 1, "the output claims " + answer.status()
                        + ", not SATISFIABLE");
            }
            return answer.model();
        }
        return miniSatModel(output, variableCount);
    }

    /** MiniSat's result file: "SAT", then literals separated by blanks, ending in 0. */
    private static Assignment miniSatModel(Path output, int variableCount) throws IOException {
        int[] literals = new int[1024];
        int count = 0;
        boolean terminated = false;
        long line = 1;
        long column = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(output), 1 << 16)) {
            int b;
            while ((b = in.read()) != '\n') { // skip "SAT"
                if (b < 0) {
                    throw new DimacsFormatException(output.toString(), 1, 4, "SAT without a model");
                }
            }
            line = 2;
            long value = 0;
            boolean negative = false;
            boolean inNumber = false;
            long tokenColumn = 0;
            while (true) {
                b = in.read();
                column++;
                if (b >= '0' && b <= '9' || b == '-' && !inNumber) {
                    if (!inNumber) {
                        tokenColumn = column;
                        inNumber = true;
                        value = 0;
                        negative = b == '-';
                        if (negative) {
                            continue;
                        }
                    }
                    value = value * 10 + (b - '0');
                    if (value > variableCount) {
                        throw new DimacsFormatException(output.toString(), line, tokenColumn, "literal exceeds the "
                                + variableCount + " variables of the formula");
                    }
                    continue;
                }
                if (inNumber) {
                    inNumber = false;
                    if (terminated) {
                        throw new DimacsFormatException(output.toString(), line, tokenColumn,
                                "literal after the model's final 0");
                    }
                    if (value == 0) {
                        terminated = true;
                    } else {
                        if (count == literals.length) {
                            literals = Arrays.copyOf(literals, count * 2);
                        }
                        literals[count++] = (int) (negative ? -value : value);
                    }
                }
                if (b < 0) {
                    break;
                }
                if (b == '\n') {
                    line++;
                    column = 0;
                } else if (b != ' ' && b != '\t' && b != '\r') {
                    throw new DimacsFormatException(output.toString(), line, column,
                            "expected a literal, found '" + (char) b + "'");
                }
            }
        }
        if (!terminated) {
            throw new DimacsFormatException(output.toString(), line, 1, "the model does not end with 0");
        }
        try {
            return Assignment.fromModel(variableCount, Arrays.copyOf(literals, count));
        } catch (IllegalArgumentException e) {
            throw new DimacsFormatException(output.toString(), 2, 1, e.getMessage());
        }
    }
}
