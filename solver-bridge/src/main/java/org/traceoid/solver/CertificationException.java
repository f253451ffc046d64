package org.traceoid.solver;

/**
 * The solver produced an answer that failed its certificate check: a model that falsifies a
 * clause, or (later) a proof that does not verify. This is a bug in the solver or the bridge,
 * never something to fall back from silently; callers report it loudly and claim no answer.
 */
public final class CertificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CertificationException(String message) {
        super(message);
    }
}
