/**
 * Benchmark sweeps: every (instance, configuration) pair solved in its own JVM under a heap
 * and wall-clock limit, each answer recorded with whether the solver certified it, durably
 * appended to {@code results.jsonl} keyed by the instance's GBD hash so a killed sweep
 * resumes; scoring (PAR-2 over certified answers only, wrong answers flagged and counted as
 * unsolved), reports (CSV, JSON, cactus and scatter plots, HTML, BenchExec XML) and SLURM job
 * arrays that run shards of the same runs. It meets the solver only through the
 * {@code traceoid solve} command line (exit code, {@code s} line, {@code c certified:} line),
 * never through solver-bridge classes, so a run can crash or run out of memory without taking
 * the sweep with it; the command line ({@code cli}) gives it the Java command to start.
 */
package org.traceoid.corpora.sweep;
