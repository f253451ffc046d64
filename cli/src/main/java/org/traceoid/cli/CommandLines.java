package org.traceoid.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** Helpers for recording how a command was invoked (in manifests and metrics files). */
final class CommandLines {
    private CommandLines() {
    }

    /**
     * The command's own arguments: picocli's original arguments without the subcommand's name,
     * which they start with when the command ran under {@link Main}.
     */
    static List<String> arguments(CommandSpec spec) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return !args.isEmpty() && args.get(0).equals(spec.name()) ? args.subList(1, args.size()) : args;
    }
}
