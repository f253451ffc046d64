/**
 * DIMACS CNF input and output. {@link org.traceoid.cnf.dimacs.DimacsReader} is a byte-level
 * parser (no regular expressions, no per-token objects) that reads files, standard input and
 * gzip/bzip2/xz/lzma streams recognised by their magic bytes
 * ({@link org.traceoid.cnf.dimacs.Compression}); every problem it finds is one
 * {@link org.traceoid.cnf.dimacs.DimacsFormatException} naming source, line, column and what
 * was expected. {@link org.traceoid.cnf.dimacs.DimacsWriter} writes what the reader reads.
 */
package org.traceoid.cnf.dimacs;
