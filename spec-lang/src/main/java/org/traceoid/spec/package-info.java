/**
 * The spec language (placeholder until its issue lands): ANTLR grammar, AST, compiler to CNF
 * with provenance, and answers and cores mapped back to the user's names and lines. ANTLR
 * types stay inside this module.
 */
package org.traceoid.spec;
