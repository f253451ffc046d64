package org.traceoid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code traceoid}: the entry point; every subcommand is its own class. */
@Command(name = "traceoid",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A SAT/proof workbench whose every answer is certified.",
        subcommands = {SolveCommand.class, CheckCommand.class, RankCommand.class, GraphCommand.class, SpecCommand.class,
            GenCommand.class, LabelCommand.class, TrainCommand.class, SweepCommand.class, AlloyCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** The configured command line; tests call {@code setOut}/{@code setErr} and {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("traceoid: internal error: " + exception);
            exception.printStackTrace(cmd.getErr());
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
