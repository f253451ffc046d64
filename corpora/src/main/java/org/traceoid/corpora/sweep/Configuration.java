package org.traceoid.corpora.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named solver configuration: the options given to {@code traceoid solve} for every
 * instance, for example {@code nonguided="--guidance none"}.
 */
public record Configuration(String name, List<String> options) {
    public Configuration {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9._+-]+")) {
            throw new IllegalArgumentException("a configuration name uses letters, digits and . _ + - only, got '"
                    + name + "'");
        }
        options = List.copyOf(options);
        for (String option : options) {
            String bare = option.split("=", 2)[0];
            if (RUNNER_OPTIONS.contains(bare)) {
                throw new IllegalArgumentException("configuration '" + name + "': " + bare
                        + " is set by the sweep for every run (use the sweep's --timeout)");
            }
        }
    }

    /** Options the runner passes to every run itself. */
    static final List<String> RUNNER_OPTIONS = List.of("--timeout", "--no-model");

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

    /** The options as one string, as written in results and reports. */
    public String optionString() {
        return String.join(" ", options);
    }
}
