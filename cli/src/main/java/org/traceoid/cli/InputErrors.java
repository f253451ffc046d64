package org.traceoid.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.traceoid.cnf.dimacs.DimacsFormatException;

/** One-line messages for input errors (no stack traces): what the rank and graph commands print before exit 2. */
final class InputErrors {
    private InputErrors() {
    }

    static String describe(Path file, IOException e) {
        if (e instanceof DimacsFormatException format) {
            return format.getMessage(); // already "file:line:col: problem"
        }
        if (e instanceof NoSuchFileException) {
            return (e.getMessage() == null ? file.toString() : e.getMessage()) + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        return file + ": " + e.getMessage();
    }
}
