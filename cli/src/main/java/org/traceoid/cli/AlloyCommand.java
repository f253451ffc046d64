package org.traceoid.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.traceoid.alloy.AlloyBackend;
import org.traceoid.alloy.AlloyModel;
import org.traceoid.alloy.AlloyModelException;
import org.traceoid.alloy.CommandOutcome;
import org.traceoid.solver.CertificationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traceoid alloy}: runs the {@code run}/{@code check} commands of an Alloy model through
 * Alloy's own compiler and translator with Traceoid's certified solver as Kodkod's SAT solver,
 * printing per command whether an instance was found, the certificate line and the time. Thin:
 * parses, calls {@link AlloyModel}, maps the outcome to the exit code.
 */
@Command(name = "alloy", mixinStandardHelpOptions = true,
        description = {"Run the commands of an Alloy model (Alloy 6.2.0's compiler and Kodkod) with",
                "Traceoid's certified solver answering every SAT call. Per command: instance found",
                "or not (for a check: counterexample found or not), the certificate, the time."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every command ran (with --solver traceoid: every SAT answer certified)",
                "1:usage error (no such command)",
                "2:input error (missing file, Alloy syntax or type error): file:line:column: message",
                "3:certification failed: a SAT answer did not check; that command prints no verdict"})
public final class AlloyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.als", description = "the Alloy model")
    Path modelFile;

    @Option(names = "--command", paramLabel = "N", description = "run only the N-th command (1-based; default: all)")
    Integer command;

    @Option(names = "--solver", paramLabel = "traceoid|sat4j",
            description = "traceoid (default: certified) or sat4j (Alloy's own binding, not certified)")
    String solver = "traceoid";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AlloyBackend backend = switch (solver.toLowerCase(Locale.ROOT)) {
            case "traceoid" -> AlloyBackend.TRACEOID;
            case "sat4j" -> AlloyBackend.SAT4J;
            default -> null;
        };
        if (backend == null) {
            err.println("traceoid alloy: --solver must be traceoid or sat4j, not " + solver);
            return ExitCodes.USAGE;
        }
        AlloyModel model;
        try {
            model = AlloyModel.load(modelFile);
        } catch (AlloyModelException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        int count = model.commandCount();
        if (command != null && (command < 1 || command > count)) {
            err.println("traceoid alloy: no command " + command + " in " + modelFile + " (it has " + count + ")");
            return ExitCodes.USAGE;
        }
        out.printf(Locale.ROOT, "c alloy: %s, %d command%s, SAT solver: %s%n", modelFile, count, count == 1 ? "" : "s",
                backend == AlloyBackend.TRACEOID ? "Traceoid (certified Sat4j)" : "Alloy's own Sat4j (not certified)");
        int from = command == null ? 1 : command;
        int to = command == null ? count : command;
        for (int index = from; index <= to; index++) {
            try {
                CommandOutcome outcome = model.run(index, backend);
                out.printf(Locale.ROOT, "command %d (%s): %s%n", index, outcome.command(), outcome.describeVerdict());
                out.println((outcome.certified() ? "c certified: " : "c ") + outcome.certificate());
                out.printf(Locale.ROOT, "c time: %.3f s%n", outcome.nanos() / 1e9);
            } catch (CertificationException e) {
                out.printf(Locale.ROOT, "command %d (%s): certification failed%n", index, model.describe(index));
                err.println("traceoid alloy: certification failed: " + e.getMessage());
                return ExitCodes.CERTIFICATION_FAILED;
            } catch (AlloyModelException e) {
                err.println(e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
            out.flush();
        }
        return ExitCodes.OK;
    }
}
