package org.traceoid.cli;

import picocli.CommandLine.Option;

/** Options every subcommand that reads a formula shares. */
public final class CommonOptions {
    @Option(names = "--lenient",
            description = "Accept a DIMACS clause count that differs from the header, or a missing header, with a warning.")
    boolean lenient;

    @Option(names = {"-q", "--quiet"}, description = "Print no 'c' comment lines.")
    boolean quiet;
}
