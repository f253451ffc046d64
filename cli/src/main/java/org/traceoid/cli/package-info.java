/**
 * The {@code traceoid} command line (picocli). Each subcommand is a small
 * {@code Callable<Integer>} that parses its options, calls one library entry point and maps
 * the outcome to an exit code from {@link org.traceoid.cli.ExitCodes}; shared options come
 * from the {@link org.traceoid.cli.CommonOptions} mixin. User errors print one line and no
 * stack trace.
 */
package org.traceoid.cli;
