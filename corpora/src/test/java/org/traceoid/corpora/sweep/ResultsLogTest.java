package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsLogTest {
    @Test
    void aLineCutOffByAKillIsSkippedAndTheNextAppendStartsOnItsOwnLine(@TempDir Path dir) throws IOException {
        List<RunResult> runs = Fixtures.fixedRuns();
        Path file = dir.resolve("results.jsonl");
        try (ResultsLog log = ResultsLog.append(file)) {
            log.write(runs.get(0));
            log.write(runs.get(1));
        }
        String cut = ResultsLog.toJson(runs.get(2));
        Files.writeString(file, cut.substring(0, cut.length() / 2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ResultsLog log = ResultsLog.append(file)) {
            log.write(runs.get(3));
        }
        List<String> warnings = new ArrayList<>();
        List<RunResult> read = ResultsLog.read(file, warnings::add);
        assertEquals(List.of(runs.get(0), runs.get(1), runs.get(3)), read);
        assertEquals(1, warnings.size());
        assertEquals(file + ":3: skipped a line that does not parse (a write cut off by a kill?)", warnings.get(0));
    }

    @Test
    void aRunRecordedTwiceKeepsTheLastLine(@TempDir Path dir) throws IOException {
        List<RunResult> runs = Fixtures.fixedRuns();
        Path file = dir.resolve("results.jsonl");
        RunResult first = runs.get(0);
        RunResult again = Fixtures.with(first, "outcome", Outcome.TIMEOUT, "certified", false, "certificate", "",
                "exitCode", 0, "wallSeconds", 10.1, "message", "s UNKNOWN", "finishedAt", "later");
        try (ResultsLog log = ResultsLog.append(file)) {
            log.write(first);
            log.write(runs.get(1));
            log.write(again);
        }
        assertEquals(List.of(runs.get(1), again), ResultsLog.read(file, w -> { }));
    }

    @Test
    void extraFieldsAreIgnored() throws IOException {
        assertEquals(12, Fixtures.fixedRuns().size()); // the fixture has a field no RunResult knows
    }
}
