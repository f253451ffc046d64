package org.traceoid.proofcheck;

import java.io.IOException;

/**
 * A proof file that does not follow its format. The message is one line with the position:
 * {@code source:line:column: problem} for text proofs (lines and columns from 1, columns in
 * bytes) and {@code source: byte N: problem} for binary ones (N from 0), e.g.
 * {@code f.drat:3:7: unexpected character 'x'}.
 */
public final class ProofFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String problem;

    private ProofFormatException(String message, String source, String problem) {
        super(message);
        this.source = source;
        this.problem = problem;
    }

    static ProofFormatException atLine(String source, long line, long column, String problem) {
        return new ProofFormatException(source + ":" + line + ":" + column + ": " + problem, source, problem);
    }

    static ProofFormatException atByte(String source, long offset, String problem) {
        return new ProofFormatException(source + ": byte " + offset + ": " + problem, source, problem);
    }

    /** The file name as given. */
    public String source() {
        return source;
    }

    /** The problem without its position. */
    public String problem() {
        return problem;
    }
}
