package org.traceoid.solver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The solver produced an answer that failed its certificate check: a model that falsifies a
 * clause, or a DRAT proof that does not verify. This is a bug in the solver or the bridge,
 * never something to fall back from silently; callers report it loudly and claim no answer.
 * For a failed proof, {@link #proofFile()} names the file where the proof was kept for
 * inspection (with {@code traceoid check} or drat-trim).
 */
public final class CertificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path proofFile;

    public CertificationException(String message) {
        this(message, null);
    }

    public CertificationException(String message, Path proofFile) {
        super(message);
        this.proofFile = proofFile;
    }

    /** Where the proof that failed to check was kept, if the failure was a proof's. */
    public Optional<Path> proofFile() {
        return Optional.ofNullable(proofFile);
    }
}
