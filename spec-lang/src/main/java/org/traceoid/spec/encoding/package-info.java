/**
 * Encodings from constraints to clauses, each a small class writing into a
 * {@link org.traceoid.cnf.ClauseSink} through {@link org.traceoid.spec.encoding.Gates}:
 * Plaisted–Greenbaum/Tseitin gates with constant folding, unsigned bit-vector arithmetic
 * ({@link org.traceoid.spec.encoding.BitVectors}) and unary counters for cardinality
 * ({@link org.traceoid.spec.encoding.SequentialCounter},
 * {@link org.traceoid.spec.encoding.Totalizer}, chosen by clause count). It knows nothing of
 * the spec language; the compiler in {@code org.traceoid.spec} decides what to encode.
 */
package org.traceoid.spec.encoding;
