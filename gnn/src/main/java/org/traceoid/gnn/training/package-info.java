/**
 * Training the GNN on certified labels: {@link org.traceoid.gnn.training.Trainer} takes
 * {@link org.traceoid.gnn.training.TrainingExample}s (a {@code Cnf} plus core variables, backbone
 * literals or a status, as plain arrays: the corpus code in {@code corpora} and {@code cli} makes
 * them) and returns a {@code VariableRanker} that {@code ModelStore} saves. Losses follow HOPF.md §3;
 * {@link org.traceoid.gnn.training.Metrics} (core-ranking AUC, precision@k, backbone phase accuracy)
 * are computed from plain arrays. DJL stays inside this package and {@code org.traceoid.gnn}.
 */
package org.traceoid.gnn.training;
