/**
 * Alloy as a client of the certified solver. {@link org.traceoid.alloy.CertifiedSatFactory} is a
 * Kodkod {@code SATFactory} (Alloy 6.2.0's Pardinus) whose solvers are Traceoid's
 * {@code IncrementalSolver}, so every SAT call Kodkod makes for an Alloy command is answered
 * with a certified model or refutation; {@link org.traceoid.alloy.AlloyModel} parses a model with
 * Alloy's compiler and runs its commands through Alloy's translator with either that factory or
 * Alloy's own Sat4j ({@link org.traceoid.alloy.AlloyBackend}), giving one
 * {@link org.traceoid.alloy.CommandOutcome} per command. Alloy's and Kodkod's types stay in this
 * package; Alloy's bundled Sat4j 2.3.1 is excluded, so Kodkod's Sat4j binding runs on the same
 * Sat4j 2.3.6 as the rest of Traceoid.
 */
package org.traceoid.alloy;
