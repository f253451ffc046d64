package org.traceoid.cnf.dimacs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.DimacsText;

/**
 * Input written to hurt: headers promising billions, huge literals, endless clauses and
 * comments. Memory must follow what is actually read, never the header's numbers. Time is
 * not asserted (machines differ); a generous preemptive timeout only turns a hang into a
 * failure. Memory is measured as bytes allocated by the reading thread (HotSpot's
 * per-thread allocation counter), which catches an allocation from the header however
 * short-lived it is.
 */
class DimacsReaderHostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    /** The reader's own buffers (1 MiB text, 64 KiB stream) plus a little: far below anything header-sized. */
    private static final long SMALL_ALLOCATION = 4L << 20;

    @Test
    void aHeaderPromisingTwoBillionOfEverythingAllocatesNothingForIt() {
        String text = "p cnf 2000000000 2000000000\n1 -2 0\n1999999999 -2000000000 3 0\n";
        Measured<Cnf> read = measured(() -> DimacsText.readLenient("h.cnf", text).cnf());
        assertEquals(2_000_000_000, read.value().variableCount());
        assertEquals(2, read.value().clauseCount());
        assertArrayEquals(new int[] {1999999999, -2000000000, 3}, read.value().clause(1));
        assertEquals(4L * 5 + 4L * 3, read.value().storageBytes());
        assertTrue(read.allocatedBytes() < SMALL_ALLOCATION, read.allocatedBytes() + " bytes allocated");
    }

    @Test
    void strictlyTheSameHeaderFailsOnTheCountAlsoWithoutAllocating() {
        String text = "p cnf 2000000000 2000000000\n1 -2 0\n";
        Measured<DimacsFormatException> read = measured(() -> DimacsText.error("h.cnf", text));
        assertEquals("h.cnf:1:18: the header declares 2000000000 clauses but the input has 1", read.value().getMessage());
        assertTrue(read.allocatedBytes() < SMALL_ALLOCATION, read.allocatedBytes() + " bytes allocated");
    }

    @Test
    void theLargestVariableIsReadWithoutPerVariableStorage() {
        String text = "p cnf 2147483647 2\n2147483647 -1 0\n-2147483647 0\n";
        Measured<Cnf> read = measured(() -> DimacsText.read("h.cnf", text));
        assertEquals(Integer.MAX_VALUE, read.value().maxVariable());
        assertArrayEquals(new int[] {-Integer.MAX_VALUE}, read.value().clause(1));
        assertTrue(read.allocatedBytes() < SMALL_ALLOCATION, read.allocatedBytes() + " bytes allocated");
    }

    @Test
    void aVeryLongClauseWithDuplicates() {
        // One clause of 2,000,000 literals cycling over 1..1000 with both signs: 2000 distinct ones.
        int length = 2_000_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream(length * 6);
        byte[] header = DimacsText.bytes("p cnf 1000 1\n");
        out.write(header, 0, header.length);
        for (int i = 0; i < length; i++) {
            int variable = 1 + i % 1000;
            byte[] literal = DimacsText.bytes(((i / 1000) % 2 == 0 ? "" : "-") + variable + " ");
            out.write(literal, 0, literal.length);
        }
        out.write('0');
        byte[] data = out.toByteArray();
        Cnf cnf = assertTimeoutPreemptively(HANG_GUARD, () -> DimacsText.read(DimacsReader.strict(), "long.cnf", data));
        assertEquals(1, cnf.clauseCount());
        assertEquals(2000, cnf.clauseLength(0));
        assertEquals(length - 2000, cnf.statistics().duplicateLiterals());
        assertEquals(1, cnf.statistics().tautologies());
        int[] clause = cnf.clause(0);
        assertEquals(1, clause[0]);
        assertEquals(1000, clause[999]);
        assertEquals(-1, clause[1000], "first occurrence order: the negative block comes second");
    }

    @Test
    void aFileOfOnlyCommentsIsRejectedStrictlyAndEmptyLeniently() {
        byte[] data = DimacsText.bytes("c a comment line that goes on for a while, 1 2 3 0 p cnf 9 9\n".repeat(100_000));
        DimacsFormatException error = assertTimeoutPreemptively(HANG_GUARD,
                () -> DimacsText.error(DimacsReader.strict(), "comments.cnf", data));
        assertEquals("comments.cnf:100001:1: expected the header 'p cnf VARIABLES CLAUSES', found end of input",
                error.getMessage());
        assertEquals(Cnf.of(0), DimacsText.read(DimacsReader.lenient(), "comments.cnf", data));
    }

    @Test
    void endlessDigitsAreCutShort() {
        // 50 MB of digits would be read to the end if the reader waited for the number to finish.
        InputStream digits = new InputStream() {
            private long left = 50_000_000;

            @Override
            public int read() {
                return left-- > 0 ? '7' : -1;
            }
        };
        InputStream input = new java.io.SequenceInputStream(
                new ByteArrayInputStream(DimacsText.bytes("p cnf 3 1\n1 ")), digits);
        DimacsFormatException error = assertTimeoutPreemptively(HANG_GUARD,
                () -> org.junit.jupiter.api.Assertions.assertThrows(DimacsFormatException.class,
                        () -> DimacsReader.strict().read(input, "digits.cnf")));
        assertEquals("digits.cnf:2:3: literal " + "7".repeat(30) + "... is out of range: variables go up to 2147483647",
                error.getMessage());
    }

    @Test
    void manyEmptyLinesAndBlanks() {
        byte[] data = DimacsText.bytes("p cnf 1 1\n" + "\n".repeat(1_000_000) + " \t".repeat(1_000_000) + "1 0");
        Cnf cnf = assertTimeoutPreemptively(HANG_GUARD, () -> DimacsText.read(DimacsReader.strict(), "blank.cnf", data));
        assertEquals(Cnf.of(1, new int[] {1}), cnf);
        DimacsFormatException error = DimacsText.error(DimacsReader.strict(), "blank.cnf",
                DimacsText.bytes("p cnf 1 1\n" + "\n".repeat(1_000_000) + "2 0"));
        assertEquals("blank.cnf:1000002:1: literal 2 exceeds the 1 variable declared in the header", error.getMessage());
    }

    /** Columns are absolute byte offsets within the line, across the reader's 1 MiB refills and 64 KiB decompressed steps. */
    @Test
    void positionsStayRightAcrossBufferBoundaries() throws IOException {
        byte[] text = DimacsText.bytes("p cnf 1 1\n" + " ".repeat(1_500_000) + "2 0\n");
        String problem = ":2:1500001: literal 2 exceeds the 1 variable declared in the header";
        assertEquals("b.cnf" + problem, DimacsText.error(DimacsReader.strict(), "b.cnf", text).getMessage());
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = Compression.GZIP.compressing(packed)) {
            out.write(text);
        }
        assertEquals("b.cnf.gz" + problem,
                DimacsText.error(DimacsReader.strict(), "b.cnf.gz", packed.toByteArray()).getMessage());
    }

    private record Measured<T>(T value, long allocatedBytes) {
    }

    /** Runs {@code work} under the hang guard, counting the bytes its thread allocates. */
    private static <T> Measured<T> measured(Callable<T> work) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long before = threads.getThreadAllocatedBytes(id);
            T value = work.call();
            return new Measured<>(value, threads.getThreadAllocatedBytes(id) - before);
        });
    }

}
