package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores of {@code fixed-results.jsonl}, computed by hand. Limit 10 s, so an unsolved run costs 20 s.
 * <pre>
 *        A                         B                              expected
 * i1     SAT* 1.0                  SAT* 0.5                       SAT
 * i2     UNSAT* 2.0                MEMOUT 4.0                     UNSAT
 * i3     SAT* 3.0                  UNSAT* 6.0 (wrong: A's model)  -
 * i4     TIMEOUT 10.4              UNSAT 7.0 (uncertified)        UNSAT
 * i5     ERROR 0.3                 CERTIFICATION_FAILED 1.2       -
 * i6     UNSAT* 2.5 (wrong: exp.)  TIMEOUT 10.2                   SAT
 * </pre>
 * A: solved 3 (SAT 2, UNSAT 1), timeouts 1, errors 1, wrong 1; PAR-2 = 1 + 2 + 3 + 3·20 = 66;
 * CPU 0.8 + 1.9 + 2.9 + 10 + 0.2 + 2.4 = 18.2.
 * B: solved 1, memouts 1, wrong 2, uncertified 1, timeouts 1; PAR-2 = 0.5 + 5·20 = 100.5; CPU 28.2.
 * Virtual best: i1 0.5 (B), i2 2.0 (A), i3 3.0 (A); unsolved, the run closest to solving stands for
 * the instance: i4 B's uncertified answer, i5 A's error (B's is wrong), i6 B's timeout (A's is wrong):
 * solved 3, uncertified 1, errors 1, timeouts 1, PAR-2 65.5, CPU 0.4 + 1.9 + 2.9 + 6.9 + 0.2 + 10 = 22.3.
 */
class SummaryTest {
    @Test
    void scoresByHand() throws IOException {
        Summary summary = Summary.of(Fixtures.fixedRuns());
        assertEquals(List.of(
                new Summary.Row("A", "", 6, 3, 2, 1, 0, 0, 1, 0, 1, 1, 66.0, 18.2),
                new Summary.Row("B", "--guidance none", 6, 1, 1, 0, 0, 1, 1, 1, 0, 2, 100.5, 28.2)),
                summary.configurations());
        assertEquals(new Summary.Row("virtual-best", "", 6, 3, 2, 1, 0, 1, 1, 0, 1, 0, 65.5, 22.3),
                summary.virtualBest());
    }

    /** Issue 17: the virtual best counted errors and memouts as timeouts. */
    @Test
    void theVirtualBestOfOneConfigurationIsThatConfiguration() throws IOException {
        for (String config : List.of("A", "B")) {
            List<RunResult> one = Fixtures.fixedRuns().stream().filter(r -> r.config().equals(config)).toList();
            Summary summary = Summary.of(one);
            Summary.Row row = summary.configurations().get(0);
            assertEquals(new Summary.Row("virtual-best", "", row.runs(), row.solved(), row.solvedSat(),
                    row.solvedUnsat(), row.trusted(), row.uncertified(), row.timeouts(), row.memouts(), row.errors(),
                    row.wrong(), row.par2(), row.cpuSeconds()), summary.virtualBest(), config);
        }
        Summary.Row best = Summary.of(Fixtures.fixedRuns()).virtualBest();
        assertEquals(best.runs(), best.solved() + best.uncertified() + best.timeouts() + best.memouts() + best.errors()
                + best.wrong(), "every instance in exactly one column");
    }

    @Test
    void trustedUnsatAnswersCountAsSolvedAndSay() throws IOException {
        RunResult.RunKey b4 = new RunResult.RunKey("4".repeat(32), "B");
        List<RunResult> runs = Fixtures.fixedRuns().stream()
                .map(r -> r.key().equals(b4) ? Fixtures.with(r, "trusted", true) : r).toList();
        Summary.Row b = Summary.of(runs).configurations().get(1);
        assertEquals(new Summary.Row("B", "--guidance none", 6, 2, 1, 1, 1, 0, 1, 1, 0, 2, 87.5, 28.2), b);
        assertEquals(3 + 1, Summary.of(runs).virtualBest().solved());
    }

    @Test
    void underACpuLimitPar2ChargesCpuTime() throws IOException {
        List<RunResult> runs = Fixtures.fixedRuns().stream().map(r -> Fixtures.with(r, "limit", "cpu")).toList();
        assertEquals(0.8 + 1.9 + 2.9 + 3 * 20, Summary.of(runs).configurations().get(0).par2(), 1e-9);
    }

    @Test
    void wrongAnswersAreFlaggedWithTheReason() throws IOException {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(Fixtures.fixedRuns());
        assertEquals(Map.of(
                new RunResult.RunKey("3".repeat(32), "B"), "answered UNSAT (certified) but A (certified) answered SAT",
                new RunResult.RunKey("5".repeat(32), "B"), "certification failed: traceoid: certification failed: clause 2",
                new RunResult.RunKey("6".repeat(32), "A"), "answered UNSAT but the manifest expects SAT"),
                wrong);
        assertEquals(3, Summary.of(Fixtures.fixedRuns()).flags().size());
    }

    @Test
    void aCheckedProofBeatsAnUncheckedModelAndTwoUncheckedAnswersAreBothFlagged() throws IOException {
        RunResult.RunKey a = new RunResult.RunKey("3".repeat(32), "A");
        RunResult.RunKey b = new RunResult.RunKey("3".repeat(32), "B");
        List<RunResult> modelUnchecked = Fixtures.fixedRuns().stream()
                .map(r -> r.key().equals(a) ? uncertified(r) : r).toList();
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(modelUnchecked);
        assertEquals("answered SAT but B (certified) answered UNSAT", wrong.get(a));
        assertEquals(null, wrong.get(b));
        List<RunResult> neither = Fixtures.fixedRuns().stream()
                .map(r -> r.key().equals(a) || r.key().equals(b) ? uncertified(r) : r).toList();
        wrong = Verdicts.wrongAnswers(neither);
        assertEquals("answered SAT but B answered UNSAT", wrong.get(a));
        assertEquals("answered UNSAT but A answered SAT", wrong.get(b));
    }

    private static RunResult uncertified(RunResult r) {
        return Fixtures.with(r, "certified", false, "certificate", "");
    }
}
