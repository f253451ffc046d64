package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.SolveStatus;

class SlurmArrayTest {
    @Test
    void chunksStayWithinTheDefaultArraySizeAndKeepEveryRunOnce(@TempDir Path dir) throws IOException {
        Instance instance = SolverRunTest.instance(dir, "a.cnf", SolveStatus.UNKNOWN);
        List<Sweep.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 2503; i++) {
            pairs.add(new Sweep.Pair(instance, Configuration.parse("c" + i + "=")));
        }
        List<List<Sweep.Pair>> chunks = SlurmArray.chunks(pairs, SlurmArray.MAX_TASKS);
        assertEquals(1000, chunks.size());
        assertTrue(chunks.stream().allMatch(c -> c.size() == 2 || c.size() == 3));
        assertEquals(pairs, chunks.stream().flatMap(List::stream).toList());
        assertEquals(5, SlurmArray.chunks(pairs.subList(0, 5), SlurmArray.MAX_TASKS).size());
    }

    @Test
    void mergeFoldsTaskFilesIntoResults(@TempDir Path dir) throws IOException {
        List<RunResult> runs = Fixtures.fixedRuns();
        Files.createDirectories(dir.resolve("slurm"));
        try (ResultsLog log = ResultsLog.append(dir.resolve("results.jsonl"))) {
            log.write(runs.get(0));
        }
        for (int task = 0; task < 3; task++) {
            try (ResultsLog log = ResultsLog.append(dir.resolve("slurm/results-" + task + ".jsonl"))) {
                for (int i = 1 + task; i < runs.size(); i += 3) {
                    log.write(runs.get(i));
                }
            }
        }
        List<RunResult> merged = SlurmArray.merge(dir, w -> { });
        assertEquals(runs.size(), merged.size());
        assertEquals(Report.sorted(runs), Report.sorted(ResultsLog.read(dir.resolve("results.jsonl"), w -> { })));
        assertEquals(Report.sorted(merged), Report.sorted(SlurmArray.merge(dir, w -> { })), "merging again changes nothing");
    }
}
