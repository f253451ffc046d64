package org.traceoid.alloy;

import java.util.Objects;

/**
 * What one Alloy command gave.
 *
 * @param index       1-based position of the command in the model ({@code --command N})
 * @param command     the command as Alloy prints it, e.g. {@code Run show for 3}
 * @param check       whether it is a {@code check} (an instance is then a counterexample)
 * @param verdict     instance found, none, or unknown (a SAT call ran out of time)
 * @param expected    the model's {@code expect} value: 1 instance, 0 none, -1 not stated
 * @param solverCalls SAT calls Kodkod made (0 when its translation alone decided; -1 when not
 *                    counted, with Alloy's own Sat4j)
 * @param certified   whether every SAT call's answer was certified (false for Alloy's own
 *                    Sat4j and for an unknown verdict; true, vacuously, with no SAT call)
 * @param certificate one line: the last call's certificate, or why there is none
 * @param nanos       wall-clock time of the command: translation and solving
 */
public record CommandOutcome(int index, String command, boolean check, Verdict verdict, int expected,
                             int solverCalls, boolean certified, String certificate, long nanos) {
    /** The outcome of a command. */
    public enum Verdict { INSTANCE, NO_INSTANCE, UNKNOWN }

    public CommandOutcome {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(certificate, "certificate");
    }

    /** Whether Alloy found an instance (for a check: a counterexample). */
    public boolean instanceFound() {
        return verdict == Verdict.INSTANCE;
    }

    /** {@code instance found} / {@code no instance} (for a check: {@code counterexample found} / {@code no counterexample}) / {@code unknown}. */
    public String describeVerdict() {
        return switch (verdict) {
            case INSTANCE -> check ? "counterexample found" : "instance found";
            case NO_INSTANCE -> check ? "no counterexample" : "no instance";
            case UNKNOWN -> "unknown";
        };
    }
}
