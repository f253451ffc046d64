package org.traceoid.corpora.sweep;

import java.nio.file.Path;
import java.util.Objects;
import org.traceoid.cnf.SolveStatus;

/**
 * One benchmark instance: where it is, the name reports show, its GBD hash (its identity in
 * results), the answer a manifest expects ({@code UNKNOWN} when none is known) and its family (the
 * manifest's, else the first directory of its name; empty when neither says).
 */
public record Instance(Path file, String name, String gbd, SolveStatus expected, String family) {
    public Instance {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        family = family == null || family.isBlank() ? familyOf(name) : family;
        if (gbd == null || !gbd.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a GBD hash (32 hex digits): " + gbd);
        }
    }

    /** An instance whose family is its name's first directory. */
    public Instance(Path file, String name, String gbd, SolveStatus expected) {
        this(file, name, gbd, expected, null);
    }

    /** The first directory of a relative name ({@code uf20/uf20-01.cnf} is in {@code uf20}), else empty. */
    static String familyOf(String name) {
        int slash = name.indexOf('/');
        return slash > 0 ? name.substring(0, slash) : "";
    }
}
