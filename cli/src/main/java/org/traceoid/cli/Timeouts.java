package org.traceoid.cli;

import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --timeout SECONDS} option's check and conversion, shared by the solving commands. */
final class Timeouts {
    private Timeouts() {
    }

    /** {@code seconds} as a duration; a usage error (exit 1) unless it is positive and finite. */
    static Duration of(CommandSpec spec, double seconds) {
        if (!(seconds > 0) || seconds > 1e9) {
            throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds, got " + seconds);
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }
}
