/**
 * Literal–clause and variable–clause graphs of a {@code Cnf} (placeholder until the graphs
 * issue lands): compact incidence arrays ({@code IncidenceIndex}) that the GNN turns into
 * sparse tensors, JGraphT views for analysis, statistics and export. Depends on {@code cnf}
 * and JGraphT only.
 */
package org.traceoid.graphs;
