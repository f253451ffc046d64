/**
 * The spec language: {@link org.traceoid.spec.SpecParser} reads a spec (ANTLR grammar,
 * generated classes package-private) into an AST of records ({@link org.traceoid.spec.Spec},
 * {@link org.traceoid.spec.Expr}) and checks it; {@link org.traceoid.spec.SpecCompiler} turns it
 * into a {@code Cnf} through the gate and counter encodings of {@code org.traceoid.encoding} (module {@code encodings}), keeping
 * provenance, so that {@link org.traceoid.spec.SpecSolver} can answer with values by name or a
 * minimal set of conflicting assertions by name and line. It meets the rest of Traceoid only
 * through plain values: a {@code Cnf} in, a {@code CertifiedResult} from {@code solver-bridge} out.
 */
package org.traceoid.spec;
