package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationTest {
    @Test
    void parsesNameAndOptions() {
        assertEquals(new Configuration("plain", List.of("--guidance", "none")), Configuration.parse("plain=--guidance none"));
        assertEquals(new Configuration("default", List.of()), Configuration.parse("default="));
        assertEquals("--guidance none", Configuration.parse("x= --guidance   none ").optionString());
    }

    @Test
    void rejectsWhatTheRunnerSetsAndBadNames() {
        assertEquals("configuration 'a': --timeout is set by the sweep for every run (use the sweep's --timeout)",
                assertThrows(IllegalArgumentException.class, () -> Configuration.parse("a=--timeout=5")).getMessage());
        assertEquals("a configuration is NAME=\"solve options\", got '--lenient'",
                assertThrows(IllegalArgumentException.class, () -> Configuration.parse("--lenient")).getMessage());
        assertEquals("a configuration name uses letters, digits and . _ + - only, got 'a b'",
                assertThrows(IllegalArgumentException.class, () -> Configuration.parse("a b=--lenient")).getMessage());
    }
}
