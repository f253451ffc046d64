package org.traceoid.corpora.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named configuration of the sweep: either options given to {@code traceoid solve} for every
 * instance ({@code --config nonguided="--guidance none"}), whose answers Traceoid certifies
 * in-process, or an external solver's command line ({@code --solver cad='cadical {file} {proof}'},
 * {@link SolverTemplate}), whose answers the sweep verifies itself. {@code version} is what the
 * tool reports ({@code --version}), or "unknown".
 */
public record Configuration(String name, List<String> options, SolverTemplate solver, String version) {
    public Configuration {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9._+-]+")) {
            throw new IllegalArgumentException("a configuration name uses letters, digits and . _ + - only, got '"
                    + name + "'");
        }
        options = options == null ? List.of() : List.copyOf(options);
        version = version == null || version.isBlank() ? "unknown" : version;
        for (String option : options) {
            String bare = option.split("=", 2)[0];
            if (RUNNER_OPTIONS.contains(bare)) {
                throw new IllegalArgumentException("configuration '" + name + "': " + bare
                        + " is set by the sweep for every run (use the sweep's --timeout)");
            }
        }
        if (solver != null && !options.isEmpty()) {
            throw new IllegalArgumentException("configuration '" + name + "': an external solver takes no solve options");
        }
    }

    /** Options the runner passes to every Traceoid run itself. */
    static final List<String> RUNNER_OPTIONS = List.of("--timeout", "--no-model");

    /** A Traceoid configuration. */
    public Configuration(String name, List<String> options) {
        this(name, options, null, null);
    }

    /** {@code NAME=options...}, the options split at whitespace (no quoting inside). */
    public static Configuration parse(String spec) {
        int equals = spec.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("a configuration is NAME=\"solve options\", got '" + spec + "'");
        }
        String options = spec.substring(equals + 1).trim();
        return new Configuration(spec.substring(0, equals).trim(),
                options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+")));
    }

    /** {@code NAME=COMMAND}, an external solver ({@link SolverTemplate}). */
    public static Configuration parseSolver(String spec) {
        int equals = spec.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("a solver is NAME='COMMAND {file} [{proof}]', got '" + spec + "'");
        }
        return new Configuration(spec.substring(0, equals).trim(), List.of(),
                new SolverTemplate(spec.substring(equals + 1).trim()), null);
    }

    public boolean external() {
        return solver != null;
    }

    /** The tool's name: {@code traceoid}, or the external solver's program. */
    public String tool() {
        return solver == null ? "traceoid" : solver.program();
    }

    /** The same configuration with the version its tool reported. */
    public Configuration withVersion(String reported) {
        return new Configuration(name, options, solver, reported);
    }

    /** The options (Traceoid) or the command line (external), as written in results and reports. */
    public String optionString() {
        return solver == null ? String.join(" ", options) : solver.text();
    }
}
