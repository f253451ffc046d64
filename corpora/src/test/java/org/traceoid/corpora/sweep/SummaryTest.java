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
 * Virtual best: i1 0.5, i2 2.0, i3 3.0, i4..i6 unsolved: solved 3, PAR-2 65.5.
 */
class SummaryTest {
    @Test
    void scoresByHand() throws IOException {
        Summary summary = Summary.of(Fixtures.fixedRuns());
        assertEquals(List.of(
                new Summary.Row("A", "", 6, 3, 2, 1, 0, 1, 0, 1, 1, 66.0, 18.2),
                new Summary.Row("B", "--guidance none", 6, 1, 1, 0, 1, 1, 1, 0, 2, 100.5, 28.2)),
                summary.configurations());
        assertEquals(new Summary.Row("virtual-best", "", 6, 3, 2, 1, 0, 3, 0, 0, 0, 65.5, 5.2), summary.virtualBest());
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
        return new RunResult(r.gbd(), r.instance(), r.file(), r.config(), r.options(), r.outcome(), false, "",
                r.exitCode(), r.wallSeconds(), r.cpuSeconds(), r.expected(), r.timeoutSeconds(), r.memoryMb(),
                r.message(), r.host(), r.finishedAt());
    }
}
