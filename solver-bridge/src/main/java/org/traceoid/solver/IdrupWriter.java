package org.traceoid.solver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the whole run of an {@link IncrementalSolver} as one incremental DRUP proof in the
 * IDRUP format of Fazekas, Pollitt, Fleury and Biere ("Certifying Incremental SAT Solving",
 * LPAR 2024), as read by Biere's {@code idrup-check} (version 0.0.5, default strict mode):
 * a header {@code p idrup}; {@code i C 0} for every input clause as it is added; {@code l C 0}
 * and {@code d C 0} for every lemma Sat4j learned and every clause it deleted, in order;
 * {@code q A 0} for each query with its assumptions; and the answer, {@code s SATISFIABLE}
 * with the model as {@code m L 0}, {@code s UNSATISFIABLE} with the failed assumptions as
 * {@code u F 0} (whose negation must be RUP), or {@code s UNKNOWN}. Sat4j 2.3.6 writes no
 * incremental proof of its own; this is the translation of its proof events.
 *
 * <p>A third party checks the file with {@code idrup-check run.idrup} (the proof alone; the
 * input and query lines are then trusted to be the user's), or {@code idrup-check run.icnf
 * run.idrup} against a separate record of the interactions. Cost: one text line per event,
 * buffered.
 */
final class IdrupWriter implements AutoCloseable {
    private final Path file;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(64);

    IdrupWriter(Path file) {
        this.file = file;
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
            out.write("p idrup\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proof " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * An input clause, with repeated literals written once: the same clause as a set, and
     * idrup-check 0.0.5 does not propagate a clause such as {@code -38 -38 -38} as the unit it is
     * (we found its checks of later lemmas failing on such input until we wrote {@code -38}).
     */
    void input(int[] clause) {
        write('i', withoutRepeats(clause));
    }

    private static int[] withoutRepeats(int[] clause) {
        int[] kept = new int[clause.length];
        int count = 0;
        outer:
        for (int literal : clause) {
            for (int i = 0; i < count; i++) {
                if (kept[i] == literal) {
                    continue outer;
                }
            }
            kept[count++] = literal;
        }
        return count == clause.length ? clause : java.util.Arrays.copyOf(kept, count);
    }

    void lemma(int[] clause) {
        write('l', clause);
    }

    void deletion(int[] clause) {
        write('d', clause);
    }

    void query(int[] assumptions) {
        write('q', assumptions);
    }

    void satisfiable(int[] model) {
        raw("s SATISFIABLE\n");
        write('m', model);
    }

    void unsatisfiable(int[] failed) {
        raw("s UNSATISFIABLE\n");
        write('u', failed);
    }

    void unknown() {
        raw("s UNKNOWN\n");
    }

    /** Pushes buffered lines to the file (after each call, so a crash loses at most the current call). */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proof " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proof " + file + ": " + e.getMessage(), e);
        }
    }

    private void write(char type, int[] literals) {
        line.setLength(0);
        line.append(type);
        for (int literal : literals) {
            line.append(' ').append(literal);
        }
        line.append(" 0\n");
        raw(line);
    }

    private void raw(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proof " + file + ": " + e.getMessage(), e);
        }
    }
}
