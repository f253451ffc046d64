/**
 * Literal–clause and variable–clause graphs of a {@code Cnf}. {@link org.traceoid.graphs.IncidenceIndex}
 * holds the compact clause × literal incidence (COO arrays for {@code B} and {@code Bᵀ}, the flip
 * permutation) that the {@code gnn} module turns into sparse tensors; tensor code never walks graph
 * objects. {@link org.traceoid.graphs.LiteralClauseGraph} and {@link org.traceoid.graphs.VariableClauseGraph}
 * are unmodifiable JGraphT views for analysis ({@link org.traceoid.graphs.GraphStatistics}) and export
 * ({@link org.traceoid.graphs.GraphExport}). Depends on {@code cnf}, JGraphT and Jackson only.
 */
package org.traceoid.graphs;
