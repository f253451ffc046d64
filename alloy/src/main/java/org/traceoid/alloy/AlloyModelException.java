package org.traceoid.alloy;

import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.alloy4.Pos;
import java.nio.file.Path;

/**
 * An Alloy model that cannot be read, type-checked or translated, with Alloy's message and
 * position as one line, {@code file:line:column: message} (no stack trace for the user).
 */
public final class AlloyModelException extends Exception {
    private static final long serialVersionUID = 1L;

    public AlloyModelException(String message) {
        super(message);
    }

    static AlloyModelException of(Path file, Err error) {
        Pos pos = error.pos;
        String where = pos == null || pos == Pos.UNKNOWN || pos.y <= 0
                ? file.toString()
                : (pos.filename == null || pos.filename.isEmpty() ? file.toString() : pos.filename) + ":" + pos.y + ":" + pos.x;
        String message = error.msg == null ? error.toString() : error.msg.strip().replaceAll("\\s*\\n\\s*", " ");
        return new AlloyModelException(where + ": " + message);
    }
}
