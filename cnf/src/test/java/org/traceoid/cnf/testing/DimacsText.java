package org.traceoid.cnf.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsFormatException;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.dimacs.DimacsWriter;

/**
 * DIMACS as text in tests: read a string (ISO-8859-1, so {@code "\u00ff"} is the byte 0xff),
 * expect a format error, write a formula to bytes. Keeps every test's input visible inline.
 */
public final class DimacsText {
    private DimacsText() {
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Reads with the strict reader; messages name {@code name}. */
    public static Cnf read(String name, String text) {
        return read(DimacsReader.strict(), name, bytes(text));
    }

    public static Cnf read(DimacsReader reader, String name, byte[] data) {
        try {
            return reader.read(new ByteArrayInputStream(data), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads leniently and returns the formula together with the warnings it produced. */
    public static Lenient readLenient(String name, String text) {
        List<String> warnings = new ArrayList<>();
        Cnf cnf = read(DimacsReader.lenient().withWarnings(warnings::add), name, bytes(text));
        return new Lenient(cnf, List.copyOf(warnings));
    }

    /** A leniently read formula and its warnings, in order. */
    public record Lenient(Cnf cnf, List<String> warnings) {
    }

    /** The format error the strict reader reports for {@code text}; fails if it reads. */
    public static DimacsFormatException error(String name, String text) {
        return error(DimacsReader.strict(), name, bytes(text));
    }

    public static DimacsFormatException error(DimacsReader reader, String name, byte[] data) {
        return assertThrows(DimacsFormatException.class,
                () -> reader.read(new ByteArrayInputStream(data), name));
    }

    /** The formula as {@link DimacsWriter} writes it, uncompressed. */
    public static byte[] write(Cnf cnf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DimacsWriter.write(cnf, out, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
