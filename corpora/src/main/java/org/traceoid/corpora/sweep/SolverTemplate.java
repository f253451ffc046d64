package org.traceoid.corpora.sweep;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An external solver's command line, run by {@code /bin/sh -c} so that it may hold redirections
 * and pipes, with placeholders the runner fills in (each replaced by a shell-quoted path):
 * <ul>
 *   <li>{@code {file}} (required): the instance, as given (plain or compressed);</li>
 *   <li>{@code {proof}}: where the solver writes a DRAT proof (text or binary, detected), checked by
 *       our DRAT checker for an UNSAT answer; or {@code {lrat}} for an LRAT proof, checked by our
 *       LRAT checker;</li>
 *   <li>{@code {model}}: where the solver writes its answer instead of stdout, for solvers that do
 *       not print {@code v} lines: MiniSat's result file ({@code SAT}/{@code UNSAT}/{@code INDET},
 *       then the model's literals and 0) or SAT-competition {@code s}/{@code v} lines.</li>
 * </ul>
 * Examples: {@code cadical {file} {proof}}, {@code minisat {file} {model}},
 * {@code kissat --no-binary {file} {proof}}.
 */
public record SolverTemplate(String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]*)}");
    static final Set<String> KNOWN = Set.of("file", "proof", "lrat", "model");

    /** How the solver's UNSAT certificate comes. */
    public enum ProofKind {
        NONE, DRAT, LRAT
    }

    public SolverTemplate {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a solver command is empty");
        }
        Set<String> used = placeholders(text);
        for (String name : used) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown placeholder {" + name + "} in '" + text
                        + "'; there are {file}, {proof}, {lrat} and {model}");
            }
        }
        if (!used.contains("file")) {
            throw new IllegalArgumentException("the solver command '" + text + "' has no {file} placeholder");
        }
        if (used.contains("proof") && used.contains("lrat")) {
            throw new IllegalArgumentException("'" + text + "' asks for both a DRAT {proof} and an {lrat} proof");
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    public ProofKind proofKind() {
        Set<String> used = placeholders(text);
        return used.contains("proof") ? ProofKind.DRAT : used.contains("lrat") ? ProofKind.LRAT : ProofKind.NONE;
    }

    /** Whether the answer comes in a {@code {model}} file rather than on stdout. */
    public boolean writesModelFile() {
        return placeholders(text).contains("model");
    }

    /** Words that run another program: the tool is the program they run ({@code sh lie.sh} is {@code lie.sh}). */
    private static final Set<String> LAUNCHERS = Set.of("sh", "bash", "dash", "env", "exec", "nice", "stdbuf");

    /** The program, for reports: the first word that is not a launcher or an option, without its directory. */
    public String program() {
        String program = executable();
        return program.substring(program.lastIndexOf('/') + 1);
    }

    /** The program as written (a path or a name looked up on PATH), launchers skipped, for {@code --version}. */
    String executable() {
        String[] words = text.strip().split("\\s+");
        for (String word : words) {
            String bare = word.substring(word.lastIndexOf('/') + 1);
            if (!LAUNCHERS.contains(bare) && !word.startsWith("-") && !word.contains("=")) {
                return word;
            }
        }
        return words[0];
    }

    /** {@code /bin/sh -c} with the placeholders replaced; {@code proof} and {@code model} may be null if unused. */
    List<String> command(Path file, Path proof, Path model) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder line = new StringBuilder();
        while (m.find()) {
            Path path = switch (m.group(1)) {
                case "file" -> file;
                case "proof", "lrat" -> proof;
                default -> model;
            };
            m.appendReplacement(line, Matcher.quoteReplacement(quote(path.toAbsolutePath().toString())));
        }
        m.appendTail(line);
        return List.of("/bin/sh", "-c", line.toString());
    }

    /** POSIX shell single quotes. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
