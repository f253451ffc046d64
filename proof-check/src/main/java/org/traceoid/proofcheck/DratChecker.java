package org.traceoid.proofcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.traceoid.cnf.Cnf;

/**
 * Checks that a DRAT (or DRUP) proof refutes a formula, by backward checking as drat-trim does.
 * Proofs come as files (text or binary, plain or compressed) or as a {@link RecordedProof}
 * filled by a solver through {@code ProofListener} events.
 *
 * <pre>{@code
 * CheckResult result = new DratChecker(CheckOptions.defaults()).check(cnf, Path.of("f.drat"));
 * System.out.println(result.verdict().line());
 * }</pre>
 *
 * <p>A checker is immutable and may be shared; each check allocates its own state, about
 * 4 bytes per literal of formula and proof plus 30 bytes per variable.
 */
public final class DratChecker {
    private final CheckOptions options;

    public DratChecker(CheckOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    public CheckOptions options() {
        return options;
    }

    /**
     * Reads and checks a proof file.
     *
     * @throws ProofFormatException if the file is not DRAT (the message has the position)
     */
    public CheckResult check(Cnf cnf, Path proofFile) throws IOException {
        return check(cnf, readProof(proofFile));
    }

    /** Reads and checks a proof from a stream, naming it {@code source} in messages. Does not close it. */
    public CheckResult check(Cnf cnf, InputStream proof, String source) throws IOException {
        return check(cnf, new DratReader(options.proofFormat()).read(proof, source));
    }

    /**
     * Checks a proof recorded in memory (for instance streamed from a solver).
     *
     * @throws IllegalArgumentException if the proof uses a variable above 2^28 - 1
     */
    public CheckResult check(Cnf cnf, RecordedProof proof) {
        Objects.requireNonNull(cnf);
        Objects.requireNonNull(proof);
        return new BackwardCheck(cnf, proof, options, new Deadline(options.timeLimit())).run();
    }

    /** Reads a proof file with this checker's format setting, without checking it. */
    public RecordedProof readProof(Path proofFile) throws IOException {
        return new DratReader(options.proofFormat()).read(proofFile);
    }
}
