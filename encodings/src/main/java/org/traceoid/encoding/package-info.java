/**
 * Encodings from constraints to clauses, each a small class writing into a
 * {@link org.traceoid.cnf.ClauseSink} through {@link org.traceoid.encoding.Gates}:
 * Plaisted–Greenbaum/Tseitin gates with constant folding, unsigned bit-vector arithmetic
 * ({@link org.traceoid.encoding.BitVectors}), unary counters for cardinality
 * ({@link org.traceoid.encoding.SequentialCounter}, {@link org.traceoid.encoding.Totalizer},
 * chosen by clause count) and, on top of them, {@link org.traceoid.encoding.Cardinality}'s
 * at-most/at-least/exactly-k constraints as single literals. It depends on {@code cnf} only and
 * knows neither the spec language (whose compiler in {@code org.traceoid.spec} decides what to
 * encode) nor the solver (whose {@code IncrementalSolver} is one more sink and variable pool).
 */
package org.traceoid.encoding;
