package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.traceoid.cnf.Cnf;

/** Malformed proof files give one exact message with the position. */
class MalformedProofTest {
    private static final Cnf CNF = Cnf.of(2, new int[] {1, 2}, new int[] {-1, 2}, new int[] {1, -2}, new int[] {-1, -2});

    private static String drat(String text, CheckOptions.ProofFormat format) {
        return drat(text.getBytes(StandardCharsets.US_ASCII), format);
    }

    private static String drat(byte[] bytes, CheckOptions.ProofFormat format) {
        DratChecker checker = new DratChecker(CheckOptions.builder().proofFormat(format).build());
        return assertThrows(ProofFormatException.class,
                () -> checker.check(CNF, new ByteArrayInputStream(bytes), "bad.drat")).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 2 x 0\\n            | bad.drat:1:5: expected a literal, found 'x'",
            "1 2x 0\\n             | bad.drat:1:4: expected a space after a literal, found 'x'",
            "c ok\\n1 -2 0\\n--3 0 | bad.drat:3:2: expected a literal, found '-'",
            "1 300000000 0\\n      | bad.drat:1:3: literal out of range: variables go up to 268435455",
            "1 99999999999999999999 0 | bad.drat:1:3: literal out of range: variables go up to 268435455",
            "1 2 0\\n3 4\\n         | bad.drat:2:1: lemma is not terminated by 0 before the end of the file",
            "2 0\\nd 1 2          | bad.drat:2:1: deletion is not terminated by 0 before the end of the file",
    })
    void textMessages(String proof, String message) {
        assertEquals(message, drat(proof.replace("\\n", "\n"), CheckOptions.ProofFormat.AUTO));
    }

    @Test
    void binaryMessages() {
        assertEquals("bad.drat: byte 3: binary proof step must start with 'a' or 'd', found byte 0x78",
                drat(new byte[] {'a', 2, 0, 'x', 2, 0}, CheckOptions.ProofFormat.AUTO));
        assertEquals("bad.drat: byte 3: lemma is not terminated by 0 before the end of the file",
                drat(new byte[] {'a', 4, 0, 'a', 4, 6}, CheckOptions.ProofFormat.AUTO));
        assertEquals("bad.drat: byte 1: literal out of range: variables go from 1 to 268435455",
                drat(new byte[] {'a', (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 0}, CheckOptions.ProofFormat.AUTO));
        assertEquals("bad.drat: byte 1: literal out of range: variables go from 1 to 268435455",
                drat(new byte[] {'a', 1, 0}, CheckOptions.ProofFormat.AUTO));
    }

    @Test
    void forcedFormatIsObeyed() {
        assertEquals("bad.drat: byte 0: binary proof step must start with 'a' or 'd', found byte 0x32",
                drat("2 0\n0\n", CheckOptions.ProofFormat.BINARY));
        assertEquals("bad.drat:1:1: expected a literal, found 'a'",
                drat(new byte[] {'a', 4, 0, 'a', 0}, CheckOptions.ProofFormat.TEXT));
    }

    @Test
    void detectionFollowsDrattrim() {
        byte[] comment = "c a comment with letters\n2 0\n0\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(false, DratReader.looksBinary(comment, 12));
        byte[] deletion = "d 1 2 0\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(false, DratReader.looksBinary(deletion, deletion.length));
        assertEquals(true, DratReader.looksBinary(new byte[] {'a', 4, 0}, 3));
        assertEquals(true, DratReader.looksBinary(new byte[0], 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5 2 0 x 0\\n          | bad.lrat:1:7: expected a number, found 'x'",
            "5 2 0 1 2\\n          | bad.lrat:1:1: hint list is not terminated by 0 before the end of the file",
            "x 2 0 1 0\\n          | bad.lrat:1:1: expected a clause id, found 'x'",
    })
    void lratMessages(String proof, String message) {
        LratChecker checker = new LratChecker(CheckOptions.defaults());
        byte[] bytes = proof.replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII);
        assertEquals(message, assertThrows(ProofFormatException.class,
                () -> checker.check(CNF, new ByteArrayInputStream(bytes), "bad.lrat")).getMessage());
    }
}
