/**
 * Training labels from certified runs only: core variables of UNSAT instances from the core our
 * {@code proof-check} DRAT checker verified, backbone literals of SAT instances each refuted under
 * an assumption by {@code solver-bridge}'s certified {@code IncrementalSolver}. Stored as
 * {@code labels.json} beside a corpus's {@code corpus.json}, keyed by GBD hash.
 */
package org.traceoid.corpora.labels;
