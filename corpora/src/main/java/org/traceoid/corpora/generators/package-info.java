/**
 * Seeded instance generators, one small class per family ({@code RandomKSat}, {@code SrPair},
 * {@code Pigeonhole}, {@code GraphColouring}, {@code TseitinParity}, {@code Factoring},
 * {@code CounterSafety}): each takes its parameters in the constructor and a seed in
 * {@link org.traceoid.corpora.generators.InstanceGenerator#generate}, writes clauses into a
 * {@code cnf} {@code ClauseSink}, and returns the status its construction guarantees. Random graphs
 * come from JGraphT's seeded generators; SR(n) asks {@code solver-bridge}'s certified incremental
 * solver when the formula turns UNSAT. {@link org.traceoid.corpora.generators.Families} maps
 * {@code traceoid gen}'s options to generators.
 */
package org.traceoid.corpora.generators;
