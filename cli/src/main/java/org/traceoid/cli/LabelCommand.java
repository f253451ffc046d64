package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.traceoid.corpora.labels.CorpusLabeler;
import org.traceoid.corpora.labels.LabelStore;
import org.traceoid.corpora.labels.Labeler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traceoid label DIR}: certified labels for every instance of a corpus (core variables of
 * UNSAT instances, backbones of SAT ones) into {@code DIR/labels.json}, keyed by GBD hash.
 */
@Command(name = "label",
        mixinStandardHelpOptions = true,
        description = {"Label a corpus from certified runs: cores of UNSAT, backbones of SAT instances.",
            "Reads DIR/corpus.json, writes DIR/labels.json keyed by GBD hash. UNSAT: variables of the core",
            "our DRAT checker verified, minimised by deletion with certified calls; SAT: backbone literals,",
            "each refuted under an assumption with a checked proof. Instances already labelled are skipped."},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:labels written", "1:usage error (bad option or argument)",
            "2:input error (no manifest, unreadable or malformed file)",
            "3:certification failed, or an answer contradicts the manifest's expected status"})
public final class LabelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Corpus directory with corpus.json.")
    Path directory;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "Limit per solver call (default: ${DEFAULT-VALUE}); past it an instance is 'unknown'.")
    double timeoutSeconds;

    @Option(names = {"-q", "--quiet"}, description = "No line per instance.")
    boolean quiet;

    @Override
    public Integer call() {
        if (!(timeoutSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--timeout must be positive: " + timeoutSeconds);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Labeler labeler = new Labeler(Duration.ofNanos((long) (timeoutSeconds * 1e9)));
        try {
            LabelStore store = CorpusLabeler.label(directory, labeler, (file, labels) -> {
                if (!quiet) {
                    String detail = switch (labels.status()) {
                        case "unsat" -> labels.coreVariables().length + " core variables (" + labels.coreClauses() + " core clauses)";
                        case "sat" -> labels.backbone().length + " backbone literals"
                                + (labels.undecided().length > 0 ? ", " + labels.undecided().length + " undecided" : "");
                        default -> labels.certificate();
                    };
                    out.printf(Locale.ROOT, "c %s: %s, %s, %d ms%n", file, labels.status(), detail, labels.millis());
                    out.flush();
                }
            });
            out.printf(Locale.ROOT, "c labels: %s (%d instances)%n", directory.resolve(LabelStore.FILE_NAME), store.labels().size());
            out.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(directory, e));
            return ExitCodes.INPUT_ERROR;
        } catch (IllegalStateException | org.traceoid.solver.CertificationException e) {
            err.println("traceoid: " + e.getMessage());
            return ExitCodes.CERTIFICATION_FAILED;
        }
    }
}
