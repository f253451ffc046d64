package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared test data: a results file whose scores were computed by hand (see {@link SummaryTest}). */
final class Fixtures {
    private Fixtures() {
    }

    static Path fixedResults() {
        try {
            return Path.of(Fixtures.class.getResource("fixed-results.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code run} with some fields replaced: {@code name, value, name, value, ...} as JSON values. */
    static RunResult with(RunResult run, Object... fieldsAndValues) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = ResultsLog.JSON.valueToTree(run);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            tree.set((String) fieldsAndValues[i], ResultsLog.JSON.valueToTree(fieldsAndValues[i + 1]));
        }
        try {
            return ResultsLog.JSON.treeToValue(tree, RunResult.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static List<RunResult> fixedRuns() throws IOException {
        List<String> warnings = new ArrayList<>();
        List<RunResult> runs = ResultsLog.read(fixedResults(), warnings::add);
        if (!warnings.isEmpty()) {
            throw new AssertionError(warnings.toString());
        }
        return runs;
    }
}
