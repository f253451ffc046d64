/**
 * Proof events as an observer interface, after CaDiCaL's {@code tracer.hpp}: a solver reports
 * each lemma it adds and each clause it deletes to a {@link org.traceoid.cnf.proof.ProofListener}
 * (every method a no-op by default). The DRAT writer, the in-process checker and test
 * recorders are listeners; a {@link org.traceoid.cnf.proof.ProofListeners#fanOut fan-out}
 * feeds several at once. Living in {@code cnf}, this lets {@code solver-bridge} feed
 * {@code proof-check} without either module depending on the other.
 */
package org.traceoid.cnf.proof;
