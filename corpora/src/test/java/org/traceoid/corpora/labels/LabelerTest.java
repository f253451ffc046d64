package org.traceoid.corpora.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.corpora.CorpusBuilder;
import org.traceoid.corpora.GbdHash;
import org.traceoid.corpora.generators.GeneratedInstance;
import org.traceoid.corpora.generators.InstanceGenerator;
import org.traceoid.corpora.generators.Pigeonhole;
import org.traceoid.corpora.generators.SrPair;

class LabelerTest {
    private final Labeler labeler = new Labeler(Duration.ofSeconds(20));

    @Test
    void everyBackboneLiteralsNegationIsUnsatPerCadicalAndOthersAreNot() {
        assumeTrue(ExternalSolver.CADICAL.isAvailable(), "cadical not installed");
        int backboneSeen = 0;
        for (long seed = 0; seed < 8; seed++) {
            Cnf cnf = RandomCnf.uniform(3, 20, 80, seed);
            InstanceLabels labels = labeler.label(cnf);
            if (!labels.status().equals("sat")) {
                continue;
            }
            assertEquals(0, labels.undecided().length);
            Set<Integer> backbone = Arrays.stream(labels.backbone()).boxed().collect(Collectors.toSet());
            for (int v = 1; v <= cnf.variableCount(); v++) {
                boolean inBackbone = backbone.contains(v) || backbone.contains(-v);
                int literal = backbone.contains(-v) ? -v : v;
                SolveStatus negated = ExternalSolver.CADICAL.solve(with(cnf, -literal));
                if (inBackbone) {
                    assertEquals(SolveStatus.UNSATISFIABLE, negated, "backbone literal " + literal);
                } else {
                    // not backbone: both values are possible
                    assertEquals(SolveStatus.SATISFIABLE, ExternalSolver.CADICAL.solve(with(cnf, v)), "var " + v);
                    assertEquals(SolveStatus.SATISFIABLE, ExternalSolver.CADICAL.solve(with(cnf, -v)), "var " + v);
                }
            }
            backboneSeen += backbone.size();
        }
        assertTrue(backboneSeen > 0, "some backbone among 8 formulas near the threshold");
    }

    @Test
    void coreVariablesSpanAnUnsatisfiableSubformula() {
        assumeTrue(ExternalSolver.CADICAL.isAvailable(), "cadical not installed");
        List<InstanceGenerator> unsat = List.of(new Pigeonhole(5, 4), new SrPair(12, false));
        for (InstanceGenerator generator : unsat) {
            for (long seed = 0; seed < 3; seed++) {
                Cnf cnf = GeneratedInstance.of(generator, seed).cnf();
                InstanceLabels labels = labeler.label(cnf);
                assertEquals("unsat", labels.status());
                assertTrue(labels.coreClauses() > 0 && labels.coreClauses() <= cnf.clauseCount());
                Set<Integer> core = Arrays.stream(labels.coreVariables()).boxed().collect(Collectors.toSet());
                // The verified core's clauses use only core variables, so the clauses within them are UNSAT.
                CnfBuilder within = new CnfBuilder();
                for (int c = 0; c < cnf.clauseCount(); c++) {
                    if (Arrays.stream(cnf.clause(c)).allMatch(l -> core.contains(Math.abs(l)))) {
                        within.addClause(cnf.clause(c));
                    }
                }
                assertEquals(SolveStatus.UNSATISFIABLE, ExternalSolver.CADICAL.solve(within.build()));
            }
        }
    }

    @Test
    void corpusLabelsAreKeyedByGbdHashAndResume(@TempDir Path dir) throws IOException {
        CorpusBuilder.generate(List.of(new SrPair(8, true), new SrPair(8, false)), 2, 5, dir, false, "test", f -> { });
        List<String> labelled = new ArrayList<>();
        LabelStore store = CorpusLabeler.label(dir, labeler, (file, l) -> labelled.add(file));
        assertEquals(4, labelled.size());
        assertEquals(4, store.labels().size());
        Cnf first = GeneratedInstance.of(new SrPair(8, true), 5).cnf();
        assertEquals("sat", store.labels().get(GbdHash.of(first)).status());
        labelled.clear();
        assertEquals(store.labels().keySet(), CorpusLabeler.label(dir, labeler, (file, l) -> labelled.add(file)).labels().keySet());
        assertEquals(List.of(), labelled, "a second run labels nothing again");
        assertEquals(store.labels().keySet(), LabelStore.read(dir).labels().keySet());
    }

    private static Cnf with(Cnf cnf, int unit) {
        CnfBuilder builder = new CnfBuilder();
        cnf.writeTo(builder);
        builder.addClause(unit);
        return builder.build();
    }
}
