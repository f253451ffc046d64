/**
 * Test-only algebra that states HOPF.md §1–§2 literally: the quiver {@code Q_F}, paths, the path
 * coalgebra (deconcatenation and counit), the convolution algebra of matrix-valued kernels with its
 * module action on node features and Takeuchi's inverse recursion, and finite Hopf algebras by
 * structure constants. The fast code in {@code org.traceoid.gnn.layers} is checked against these.
 */
package org.traceoid.gnn.algebra;
