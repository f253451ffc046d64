package org.traceoid.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The two literal encodings and the arithmetic between them. */
class LiteralsTest {

    @Example
    void indicesAreTwoVAndTwoVPlusOne() {
        assertEquals(2, Literals.toIndex(1));
        assertEquals(3, Literals.toIndex(-1));
        assertEquals(14, Literals.toIndex(7));
        assertEquals(15, Literals.toIndex(-7));
        assertEquals(-7, Literals.toDimacs(15));
        assertEquals(3, Literals.variable(-3));
    }

    @Property
    void roundTripsThroughTheIndex(@ForAll("dimacsLiterals") int literal) {
        assertEquals(literal, Literals.toDimacs(Literals.toIndex(literal)));
    }

    @Property
    void negationIsTheLowBit(@ForAll("dimacsLiterals") int literal) {
        assertEquals(Literals.toIndex(-literal), Literals.negateIndex(Literals.toIndex(literal)));
        assertEquals(literal, Literals.toDimacs(Literals.negateIndex(Literals.toIndex(-literal))));
    }

    @Property
    void theIndexCarriesTheVariable(@ForAll("dimacsLiterals") int literal) {
        // Unsigned shift: indices of variables >= 2^30 overflow into the sign bit yet still decode.
        assertEquals(Literals.variable(literal), Literals.toIndex(literal) >>> 1);
        assertEquals(literal < 0 ? 1 : 0, Literals.toIndex(literal) & 1);
    }

    @Provide
    Arbitrary<Integer> dimacsLiterals() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(-100, 100),
                Arbitraries.integers().between(-Integer.MAX_VALUE, Integer.MAX_VALUE),
                Arbitraries.of(Integer.MAX_VALUE, -Integer.MAX_VALUE, 1 << 30, -(1 << 30), (1 << 30) - 1))
                .filter(l -> l != 0);
    }
}
