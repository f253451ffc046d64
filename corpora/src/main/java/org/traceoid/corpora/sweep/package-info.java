/**
 * Benchmark sweeps for any solver, with every answer verified by us: every (instance,
 * configuration) pair runs as its own process tree ({@link org.traceoid.corpora.sweep.TreeRunner})
 * under a CPU- or wall-clock time limit and a resident-memory limit for the whole tree
 * ({@link org.traceoid.corpora.sweep.ResourceControl}: cgroup v2 where the machine allows, else
 * {@code /proc} polling, as BenchExec and runlim do), dying with the sweep however it dies. A
 * configuration is either {@code traceoid solve} with options, met only through its command line
 * (exit code, {@code s} line, {@code c certified:} line, never solver-bridge classes, so a run can
 * crash or run out of memory without taking the sweep with it), or an external solver's command
 * line with placeholders ({@link org.traceoid.corpora.sweep.SolverTemplate}) whose model or proof
 * the sweep checks itself in a JVM of its own under a budget ({@link org.traceoid.corpora.sweep.Verifier},
 * with cnf's model check and proof-check's DRAT and LRAT checkers). Each configuration is probed on
 * two tiny formulas first ({@link org.traceoid.corpora.sweep.Probe}). Results are appended durably to
 * {@code results.jsonl} keyed by the instance's GBD hash, under the directory's lock
 * ({@link org.traceoid.corpora.sweep.SweepLock}), so a killed sweep resumes; scoring (PAR-2 over
 * certified answers only, wrong answers flagged and unsolved, a virtual best counted like any
 * configuration), reports (CSV, JSON, cactus and scatter plots, HTML, BenchExec XML, mkplot JSON) and
 * SLURM job arrays that run shards of the same runs. The command line ({@code cli}) gives it the Java
 * command to start our own JVMs.
 */
package org.traceoid.corpora.sweep;
