package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.solver.CertificationException;
import org.traceoid.solver.SolveOptions;
import org.traceoid.spec.Assertion;
import org.traceoid.spec.CompiledSpec;
import org.traceoid.spec.Spec;
import org.traceoid.spec.SpecCompiler;
import org.traceoid.spec.SpecParser;
import org.traceoid.spec.SpecSolver;
import org.traceoid.spec.SpecSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code traceoid spec compile|solve FILE}: the spec language (docs/spec-language.md) from
 * the command line. Each subcommand parses, calls one library entry point and maps the
 * outcome to an exit code; errors in the spec are one {@code file:line:col: problem} line.
 */
@Command(name = "spec",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Compile or solve a constraint spec (see docs/spec-language.md).",
        subcommands = {SpecCommand.Compile.class, SpecCommand.Solve.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
public final class SpecCommand implements Runnable {
    @CommandLine.Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: compile or solve");
    }

    /** Reads and checks a spec, printing the one-line error on failure; null when there was one. */
    static Spec read(Path file, PrintWriter err) {
        try {
            return SpecParser.parse(file);
        } catch (SpecSyntaxException e) {
            err.println("traceoid: " + e.getMessage());
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(file, e));
        }
        return null;
    }

    /** {@code traceoid spec compile FILE [-o OUT]}. */
    @Command(name = "compile",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Compile a spec to DIMACS CNF, every assertion switched on by a unit clause;"
                    + " 'c' lines map names to variables and assertions to activation literals.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                " 0:written",
                " 1:usage error (bad option or argument)",
                " 2:input error (unreadable file, or a malformed spec: file:line:col: problem)",
                "70:internal error"},
            exitCodeOnInvalidInput = ExitCodes.USAGE,
            exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
    static final class Compile implements Callable<Integer> {
        @CommandLine.Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The spec file.")
        Path file;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "The DIMACS file to write (default: standard output).")
        Path output;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Spec parsed = read(file, err);
            if (parsed == null) {
                return ExitCodes.INPUT_ERROR;
            }
            CompiledSpec compiled = SpecCompiler.compile(parsed);
            Cnf cnf = compiled.allActive();
            List<String> comments = new java.util.ArrayList<>(compiled.dimacsComments());
            comments.add("the last " + parsed.assertions().size()
                    + " clauses switch the assertions on; drop one to switch its assertion off");
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                DimacsWriter.write(cnf, bytes, comments);
                out.print(bytes.toString(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
            } else {
                try {
                    DimacsWriter.write(cnf, output, comments);
                } catch (IOException e) {
                    err.println("traceoid: " + InputErrors.describe(output, e));
                    return ExitCodes.INPUT_ERROR;
                }
            }
            return ExitCodes.OK;
        }
    }

    /** {@code traceoid spec solve FILE}. */
    @Command(name = "solve",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Solve a spec: values by name ('x = 5'), or a minimal set of conflicting assertions"
                    + " by name and line.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "10:satisfiable (model certified, values checked against every assertion)",
                "20:unsatisfiable (a minimal conflicting set of assertions is printed)",
                " 0:unknown (time limit)",
                " 1:usage error (bad option or argument)",
                " 2:input error (unreadable file, or a malformed spec: file:line:col: problem)",
                " 3:certification failed: the answer did not check (no answer is claimed)",
                "70:internal error"},
            exitCodeOnInvalidInput = ExitCodes.USAGE,
            exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
    static final class Solve implements Callable<Integer> {
        @CommandLine.Spec
        CommandSpec spec;

        // Not the CommonOptions mixin: its --lenient is about DIMACS headers, which specs do not have.
        @Option(names = {"-q", "--quiet"}, description = "Print no 'c' comment lines.")
        boolean quiet;

        @Parameters(index = "0", paramLabel = "FILE", description = "The spec file.")
        Path file;

        @Option(names = "--timeout", paramLabel = "SECONDS",
                description = "Wall-clock limit per solver call in seconds; past it the answer is UNKNOWN"
                        + " (or, while shrinking a core, the core may not be minimal, and says so).")
        Double timeoutSeconds;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            SolveOptions options = options();
            Spec parsed = read(file, err);
            if (parsed == null) {
                return ExitCodes.INPUT_ERROR;
            }
            CompiledSpec compiled = SpecCompiler.compile(parsed);
            comment(out, "traceoid " + Version.traceoid() + " spec solve");
            comment(out, "file: " + file);
            comment(out, "names: " + parsed.variables().size() + ", assertions: " + parsed.assertions().size()
                    + "; variables: " + compiled.cnf().variableCount() + ", clauses: " + compiled.cnf().clauseCount());
            SpecSolver.Answer answer;
            try {
                answer = SpecSolver.solve(compiled, options);
            } catch (CertificationException e) {
                out.flush();
                err.println("traceoid: certification failed: " + e.getMessage());
                return ExitCodes.CERTIFICATION_FAILED;
            }
            comment(out, "solver calls: " + answer.solveCalls());
            if (answer.status() == SolveStatus.UNSATISFIABLE) {
                comment(out, "core: " + answer.core().size() + " of " + parsed.assertions().size() + " assertions, "
                        + (answer.minimal() ? "minimal (deletion-based)" : "NOT known minimal (a step hit the time limit)"));
            }
            if (answer.status() == SolveStatus.UNKNOWN) {
                comment(out, "stopped: " + answer.certificate());
            } else {
                comment(out, answer.certified() ? "certified: " + answer.certificate() : answer.certificate());
            }
            out.println(answer.status().statusLine());
            if (answer.status() == SolveStatus.SATISFIABLE) {
                for (Map.Entry<String, Object> value : answer.values().orElseThrow().entrySet()) {
                    out.println(value.getKey() + " = " + value.getValue());
                }
            } else if (answer.status() == SolveStatus.UNSATISFIABLE) {
                for (Assertion assertion : answer.core()) {
                    out.println("conflict: " + assertion.label());
                }
            }
            out.flush();
            return answer.status().exitCode();
        }

        private SolveOptions options() {
            SolveOptions.Builder builder = SolveOptions.builder();
            if (timeoutSeconds != null) {
                builder.timeout(Timeouts.of(spec, timeoutSeconds));
            }
            return builder.build();
        }

        private void comment(PrintWriter out, String text) {
            if (!quiet) {
                out.println("c " + text);
            }
        }
    }
}
