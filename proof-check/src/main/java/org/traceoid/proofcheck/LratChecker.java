package org.traceoid.proofcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.traceoid.cnf.Cnf;

/**
 * Checks an LRAT proof (text or binary, plain or compressed) forwards, step by step while
 * reading, so memory follows the live clauses rather than the file. Shares no checking code
 * with {@link DratChecker}: it is the independent second opinion on the LRAT that
 * {@link CheckResult#writeLrat} produces. Uses {@link CheckOptions#proofFormat()},
 * {@link CheckOptions#timeLimit()} and {@link CheckOptions#progress()}.
 */
public final class LratChecker {
    private final CheckOptions options;

    public LratChecker(CheckOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    /** @throws ProofFormatException if the file is not LRAT (the message has the position) */
    public CheckResult check(Cnf cnf, Path lratFile) throws IOException {
        try (InputStream in = Files.newInputStream(lratFile)) {
            return check(cnf, in, lratFile.toString());
        }
    }

    /** Checks LRAT from a stream, naming it {@code source} in messages. Does not close it. */
    public CheckResult check(Cnf cnf, InputStream lrat, String source) throws IOException {
        Deadline deadline = new Deadline(options.timeLimit());
        LratReader reader = new LratReader(lrat, source, options.proofFormat());
        return new ForwardLratCheck(cnf, reader, deadline, options.progress()).run();
    }
}
