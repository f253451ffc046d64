/**
 * The GNN's entry points in plain Java: {@link org.traceoid.gnn.VariableRanker} turns a {@code Cnf}
 * into a {@code VariableRanking} (the only thing other modules see), {@link org.traceoid.gnn.ModelStore}
 * saves and loads models (parameters plus a versioned JSON config) and makes seeded ones. DJL and
 * PyTorch stay behind these classes: the engine is loaded offline from the native jar on the class
 * path, and every {@code NDManager} opened here is closed here. Built on {@code graphs}' incidence
 * arrays and the blocks in {@code org.traceoid.gnn.layers}.
 */
package org.traceoid.gnn;
