/**
 * DRAT/DRUP and LRAT proof checking (placeholder until the proof-check issue lands). Depends
 * on {@code cnf} only, so it stays independent of the solver whose answers it certifies;
 * proofs arrive as files or as {@code ProofListener} events.
 */
package org.traceoid.proofcheck;
