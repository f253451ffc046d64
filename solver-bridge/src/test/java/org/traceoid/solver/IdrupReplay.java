package org.traceoid.solver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.traceoid.proofcheck.IncrementalRupChecker;

/**
 * Reads an IDRUP proof back by the format's definition (Fazekas et al., LPAR 2024; Biere's
 * {@code idrup-check}): {@code i} adds an input clause, {@code l} a lemma that must be RUP,
 * {@code d} deletes; after {@code q A}, {@code s SATISFIABLE} must be followed by a model
 * {@code m} that satisfies every input clause and every literal of {@code A}, and
 * {@code s UNSATISFIABLE} by {@code u F} with {@code F ⊆ A} and {@code ¬F} RUP. Any violation
 * throws {@link AssertionError} naming the line.
 */
final class IdrupReplay {
    record Result(int queries, int lemmas) {
    }

    private IdrupReplay() {
    }

    static Result check(Path proof) throws IOException {
        List<String> lines = Files.readAllLines(proof, StandardCharsets.US_ASCII);
        if (!lines.get(0).equals("p idrup")) {
            throw new AssertionError("line 1: no 'p idrup' header");
        }
        IncrementalRupChecker checker = new IncrementalRupChecker();
        List<int[]> inputs = new ArrayList<>();
        int[] query = null;
        String status = null;
        int queries = 0;
        int lemmas = 0;
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            String where = "line " + (n + 1) + " '" + line + "'";
            if (line.startsWith("s ")) {
                status = line.substring(2);
                continue;
            }
            char type = line.charAt(0);
            int[] literals = literals(line, where);
            switch (type) {
                case 'i' -> {
                    checker.addInput(literals);
                    inputs.add(literals);
                }
                case 'l' -> {
                    if (!checker.addLemma(literals)) {
                        throw new AssertionError(where + ": lemma not RUP");
                    }
                    lemmas++;
                }
                case 'd' -> checker.delete(literals);
                case 'q' -> {
                    query = literals;
                    status = null;
                    queries++;
                }
                case 'm' -> {
                    if (!"SATISFIABLE".equals(status)) {
                        throw new AssertionError(where + ": model without 's SATISFIABLE'");
                    }
                    java.util.Set<Integer> model = new java.util.HashSet<>();
                    Arrays.stream(literals).forEach(model::add);
                    for (int[] clause : inputs) {
                        if (Arrays.stream(clause).noneMatch(model::contains)) {
                            throw new AssertionError(where + ": model falsifies " + Arrays.toString(clause));
                        }
                    }
                    for (int assumption : query) {
                        if (!model.contains(assumption)) {
                            throw new AssertionError(where + ": model falsifies the query literal " + assumption);
                        }
                    }
                }
                case 'u' -> {
                    if (!"UNSATISFIABLE".equals(status)) {
                        throw new AssertionError(where + ": core without 's UNSATISFIABLE'");
                    }
                    int[] negated = new int[literals.length];
                    for (int i = 0; i < literals.length; i++) {
                        int literal = literals[i];
                        if (Arrays.stream(query).noneMatch(a -> a == literal)) {
                            throw new AssertionError(where + ": core literal " + literal + " not in the query");
                        }
                        negated[i] = -literal;
                    }
                    if (!checker.isRup(negated)) {
                        throw new AssertionError(where + ": core not RUP");
                    }
                }
                default -> throw new AssertionError(where + ": unknown line type");
            }
        }
        return new Result(queries, lemmas);
    }

    private static int[] literals(String line, String where) {
        String[] tokens = line.substring(1).trim().split("\\s+");
        if (!tokens[tokens.length - 1].equals("0")) {
            throw new AssertionError(where + ": no terminating 0");
        }
        int[] literals = new int[tokens.length - 1];
        for (int i = 0; i < literals.length; i++) {
            literals[i] = Integer.parseInt(tokens[i]);
        }
        return literals;
    }

    /**
     * Runs Biere's {@code idrup-check} on the proof if it is installed ({@code TRACEOID_IDRUP_CHECK}
     * or {@code idrup-check} on the PATH; it has no Debian package, so CI skips this part).
     *
     * @return its output, which must then contain {@code s VERIFIED}; empty if it is not installed
     */
    static Optional<String> externalCheck(Path proof) throws IOException {
        String configured = System.getenv("TRACEOID_IDRUP_CHECK");
        String executable = configured != null ? configured : which("idrup-check");
        if (executable == null) {
            return Optional.empty();
        }
        Process process = new ProcessBuilder(executable, proof.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("idrup-check did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("idrup-check exit " + process.exitValue() + ":\n" + output);
        }
        return Optional.of(output);
    }

    private static String which(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
