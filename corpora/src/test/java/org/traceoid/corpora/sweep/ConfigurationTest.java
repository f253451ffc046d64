package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void externalSolversNameTheirFilesWithPlaceholders() {
        Configuration cadical = Configuration.parseSolver("cad=/usr/bin/cadical -q {file} {proof}");
        assertEquals("cadical", cadical.tool());
        assertEquals(SolverTemplate.ProofKind.DRAT, cadical.solver().proofKind());
        assertEquals(List.of("/bin/sh", "-c", "/usr/bin/cadical -q '/data/it'\\''s.cnf' '/tmp/p.drat'"),
                cadical.solver().command(java.nio.file.Path.of("/data/it's.cnf"), java.nio.file.Path.of("/tmp/p.drat"),
                        null));
        Configuration minisat = Configuration.parseSolver("mini=minisat {file} {model}");
        assertTrue(minisat.solver().writesModelFile());
        assertEquals(SolverTemplate.ProofKind.NONE, minisat.solver().proofKind());
        assertEquals(SolverTemplate.ProofKind.LRAT, Configuration.parseSolver("l=x {file} {lrat}").solver().proofKind());
        assertEquals("unknown", minisat.version());
        assertEquals("2.2.1", minisat.withVersion("2.2.1").version());
    }

    @Test
    void badSolverCommandsAreOneLineErrors() {
        assertEquals("the solver command 'cadical' has no {file} placeholder",
                assertThrows(IllegalArgumentException.class, () -> Configuration.parseSolver("c=cadical")).getMessage());
        assertEquals("unknown placeholder {proff} in 'cadical {file} {proff}'; there are {file}, {proof}, {lrat} and"
                + " {model}", assertThrows(IllegalArgumentException.class,
                        () -> Configuration.parseSolver("c=cadical {file} {proff}")).getMessage());
        assertEquals("'x {file} {proof} {lrat}' asks for both a DRAT {proof} and an {lrat} proof",
                assertThrows(IllegalArgumentException.class,
                        () -> Configuration.parseSolver("c=x {file} {proof} {lrat}")).getMessage());
        assertEquals("a solver is NAME='COMMAND {file} [{proof}]', got 'cadical {file}'",
                assertThrows(IllegalArgumentException.class,
                        () -> Configuration.parseSolver("cadical {file}")).getMessage());
    }
}
