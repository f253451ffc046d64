package org.traceoid.corpora.sweep;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One configuration's runs in mkplot's JSON input format (Alexey Ignatiev's mkplot, its README's
 * "Input Format" and {@code load.py}): a {@code preamble} naming program, arguments, alias and
 * benchmark, and {@code stats} with one object per instance: {@code status} (true = solved, as
 * {@link Summary} counts it: certified and not contradicted), {@code rtime} (the time the limit
 * measured, mkplot's default key), {@code mempeak} ("N KiB", as in mkplot's examples), and our
 * outcome and certificate for reference. Instances are keyed by name, so the files of one sweep
 * line up for scatter plots ({@code mkplot.py -p scatter}); names that occur twice get their GBD
 * hash appended.
 */
final class MkplotJson {
    private MkplotJson() {
    }

    static String of(String config, List<RunResult> mine, List<RunResult> all) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(all);
        Map<String, Integer> nameCount = new HashMap<>();
        all.stream().map(RunResult::gbd).distinct().forEach(gbd -> all.stream().filter(r -> r.gbd().equals(gbd))
                .findFirst().ifPresent(r -> nameCount.merge(r.instance(), 1, Integer::sum)));
        ObjectNode root = ResultsLog.JSON.createObjectNode();
        ObjectNode preamble = root.putObject("preamble");
        RunResult first = mine.get(0);
        preamble.put("program", first.tool());
        preamble.put("prog_args", first.options());
        preamble.put("prog_alias", config);
        preamble.put("benchmark", "traceoid-sweep");
        ObjectNode stats = root.putObject("stats");
        for (RunResult run : mine) {
            String key = nameCount.getOrDefault(run.instance(), 1) > 1 ? run.instance() + "#" + run.gbd() : run.instance();
            ObjectNode entry = stats.putObject(key);
            entry.put("status", Summary.solved(run, wrong));
            entry.put("rtime", run.scoredSeconds());
            entry.put("mempeak", Math.round(run.peakRssMb() * 1024) + " KiB");
            entry.put("outcome", run.outcome().name());
            entry.put("certificate", run.certificate());
        }
        try {
            return ResultsLog.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
