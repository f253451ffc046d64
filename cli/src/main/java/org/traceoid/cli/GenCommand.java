package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.traceoid.corpora.CorpusBuilder;
import org.traceoid.corpora.CorpusManifest;
import org.traceoid.corpora.generators.Families;
import org.traceoid.corpora.generators.InstanceGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traceoid gen FAMILY --count N --seed S [options] --out DIR}: seeded instances plus a
 * {@code corpus.json} manifest; {@code traceoid gen DIR}: the manifest for an existing directory
 * of DIMACS files.
 */
@Command(name = "gen",
        mixinStandardHelpOptions = true,
        description = {"Generate a seeded corpus of one family, or index a directory of DIMACS files.",
            "Families: ksat, sr, php, colouring, tseitin, factoring, bmc. Instance i gets seed S+i; family,",
            "parameters, seed and expected status are written as 'c' lines and into DIR/corpus.json."},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:corpus written", "1:usage error (bad option, family or parameters)",
            "2:input error (unreadable or malformed file, unwritable directory)"})
public final class GenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FAMILY|DIR", description = "A family name, or a directory of .cnf(.xz|.gz|...) files to index.")
    String target;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10", description = "Instances (pairs for sr/tseitin/factoring with --side both) (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the first instance (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (required with a family).")
    Path out;

    @Option(names = "--xz", description = "Write .cnf.xz files.")
    boolean xz;

    @Option(names = {"-n", "--vars"}, paramLabel = "N", description = "ksat/sr: variables (50/20); colouring/tseitin: graph vertices (20).")
    Integer variables;

    @Option(names = "-k", paramLabel = "K", description = "ksat: clause width (3); colouring: colours (3).")
    Integer k;

    @Option(names = "--ratio", paramLabel = "R", description = "ksat: clauses per variable (4.26).")
    Double ratio;

    @Option(names = "--pigeons", paramLabel = "P", description = "php: pigeons (holes + 1).")
    Integer pigeons;

    @Option(names = "--holes", paramLabel = "H", description = "php: holes (6).")
    Integer holes;

    @Option(names = "--graph", paramLabel = "KIND", description = "colouring/tseitin: gnp, regular or ba (regular).")
    String graph;

    @Option(names = "--p", paramLabel = "P", description = "gnp: edge probability (0.2).")
    Double p;

    @Option(names = "--degree", paramLabel = "D", description = "regular: degree (colouring 4, tseitin 3); ba: edges per new vertex (2).")
    Integer degree;

    @Option(names = "--bits", paramLabel = "B", description = "factoring: bits per factor (6).")
    Integer bits;

    @Option(names = "--width", paramLabel = "W", description = "bmc: counter bits (4).")
    Integer width;

    @Option(names = "--bound", paramLabel = "K", description = "bmc: unrolling bound (8).")
    Integer bound;

    @Option(names = "--side", paramLabel = "SIDE", description = "sr/tseitin/factoring: sat, unsat or both (both).")
    String side;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory = Path.of(target);
        if (!Families.NAMES.contains(target) && Files.isDirectory(directory)) {
            try {
                CorpusManifest manifest = CorpusBuilder.index(directory, file -> { });
                stdout.printf(Locale.ROOT, "c indexed %d instances: %s%n", manifest.instances().size(),
                        directory.resolve(CorpusManifest.FILE_NAME));
                stdout.flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                err.println("traceoid: " + InputErrors.describe(directory, e));
                return ExitCodes.INPUT_ERROR;
            }
        }
        if (!Families.NAMES.contains(target)) {
            throw new ParameterException(spec.commandLine(), "unknown family or no such directory: '" + target
                    + "'; families: " + String.join(", ", Families.NAMES));
        }
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "--out DIR is required with a family");
        }
        if (count < 0) {
            throw new ParameterException(spec.commandLine(), "--count must not be negative: " + count);
        }
        List<InstanceGenerator> generators;
        try {
            generators = Families.create(target, new Families.Options(variables, k, ratio, pigeons, holes, graph, p,
                    degree, bits, width, bound, side));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String description = "traceoid gen " + String.join(" ", CommandLines.arguments(spec));
        try {
            CorpusManifest manifest = CorpusBuilder.generate(generators, count, seed, out, xz, description, file -> { });
            stdout.printf(Locale.ROOT, "c %s: %d instances in %s (seeds %d..%d)%n", target, count * generators.size(),
                    out, seed, seed + count - 1);
            stdout.printf(Locale.ROOT, "c manifest: %s (%d instances)%n", out.resolve(CorpusManifest.FILE_NAME),
                    manifest.instances().size());
            stdout.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(out, e));
            return ExitCodes.INPUT_ERROR;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
