package org.traceoid.corpora.sweep;

import java.nio.file.Path;
import java.util.Objects;
import org.traceoid.cnf.SolveStatus;

/**
 * One benchmark instance: where it is, the name reports show, its GBD hash (its identity in
 * results) and the answer a manifest expects ({@code UNKNOWN} when none is known).
 */
public record Instance(Path file, String name, String gbd, SolveStatus expected) {
    public Instance {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        if (gbd == null || !gbd.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a GBD hash (32 hex digits): " + gbd);
        }
    }
}
