/**
 * Test fixtures shared by every module's tests through the {@code traceoid-cnf} test-jar:
 * seeded random formulas, the project's copy of the public corpus ({@code testdata/}), and
 * independent external solvers (cadical, minisat) run as real subprocesses.
 */
package org.traceoid.cnf.testing;
