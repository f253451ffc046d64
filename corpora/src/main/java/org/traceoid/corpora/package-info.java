/**
 * Seeded instance generators, labelled datasets for training, corpus manifests and benchmark
 * sweeps (placeholder until the corpora issue lands).
 */
package org.traceoid.corpora;
