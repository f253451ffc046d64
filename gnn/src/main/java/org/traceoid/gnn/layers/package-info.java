/**
 * The DJL blocks of the GNN: {@link org.traceoid.gnn.layers.HopfConvolutionBlock} (one Hopf
 * convolution layer, HOPF.md §2–§3), {@link org.traceoid.gnn.layers.TraceoidGnn} (initial vectors,
 * layers, readouts) and {@link org.traceoid.gnn.layers.GraphTensors} (the sparse {@code B}, {@code Bᵀ}
 * built from {@code graphs}' incidence arrays). DJL types stay inside the {@code gnn} module;
 * {@code org.traceoid.gnn} wraps these blocks into plain-Java entry points.
 */
package org.traceoid.gnn.layers;
