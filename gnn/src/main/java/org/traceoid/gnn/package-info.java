/**
 * The Hopf convolution GNN of shared/design/HOPF.md on DJL (placeholder until the gnn issue
 * lands): layers, the model, inference ({@code VariableRanker}), training and model files.
 * DJL types never leave this module; others see a plain {@code VariableRanking}.
 */
package org.traceoid.gnn;
