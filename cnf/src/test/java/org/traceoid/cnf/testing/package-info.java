/**
 * Test fixtures shared by every module's tests through the {@code traceoid-cnf} test-jar:
 * seeded random formulas, small hard ones ({@code HardFormulas}), the project's copy of the
 * public corpus ({@code testdata/}), independent external solvers (cadical, minisat) run as real subprocesses, DIMACS text in
 * and out ({@code DimacsText}), and jqwik generators of messy formulas and noisy renderings
 * of them ({@code CnfArbitraries}).
 */
package org.traceoid.cnf.testing;
