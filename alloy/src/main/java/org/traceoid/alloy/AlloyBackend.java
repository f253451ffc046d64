package org.traceoid.alloy;

/** Which SAT solver answers Kodkod's calls for an Alloy command. */
public enum AlloyBackend {
    /** Traceoid's certified incremental solver ({@link CertifiedSatFactory}). */
    TRACEOID,
    /** Alloy's own Sat4j binding ({@code kodkod.solvers.SAT4J}, Alloy's default), uncertified. */
    SAT4J
}
