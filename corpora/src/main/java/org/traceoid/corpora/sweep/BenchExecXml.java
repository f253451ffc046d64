package org.traceoid.corpora.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One configuration's runs as a BenchExec result file (result DTD 3.0), so BenchExec's
 * {@code table-generator} can read them: one {@code run} per instance with the columns
 * {@code status} (SAT, UNSAT, TIMEOUT, OUT OF MEMORY, ERROR (...)), {@code category}
 * (correct, wrong, unknown, error), {@code cputime} and {@code walltime}. "correct" means
 * solved as {@link Summary} counts it (certified, not contradicted).
 */
final class BenchExecXml {
    private BenchExecXml() {
    }

    static String of(String config, List<RunResult> mine, List<RunResult> all) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(all);
        double limit = mine.stream().mapToDouble(RunResult::timeoutSeconds).max().orElse(0);
        int memory = mine.stream().mapToInt(RunResult::memoryMb).max().orElse(0);
        String options = mine.isEmpty() ? "" : mine.get(0).options();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE result PUBLIC "+//IDN sosy-lab.org//DTD BenchExec result 3.0//EN" \
                "https://www.sosy-lab.org/benchexec/result-3.0.dtd">
                """);
        xml.append("<result benchmarkname=\"traceoid-sweep\" name=\"traceoid-sweep.").append(attr(config))
                .append("\" tool=\"traceoid\" toolmodule=\"traceoid\" version=\"\" options=\"").append(attr(options))
                .append("\" timelimit=\"").append(seconds(limit)).append("\" memlimit=\"").append(memory)
                .append("MB\" cpuCores=\"1\">\n");
        xml.append("  <columns><column title=\"status\"/><column title=\"cputime\"/><column title=\"walltime\"/></columns>\n");
        for (RunResult run : mine) {
            String category;
            if (wrong.containsKey(run.key())) {
                category = "wrong";
            } else if (Summary.solved(run, wrong)) {
                category = "correct";
            } else if (run.outcome() == Outcome.ERROR) {
                category = "error";
            } else {
                category = "unknown";
            }
            String status = switch (run.outcome()) {
                case SAT, UNSAT -> run.outcome().name() + (run.certified() ? "" : " (uncertified)");
                case TIMEOUT -> "TIMEOUT";
                case MEMOUT -> "OUT OF MEMORY";
                case CERTIFICATION_FAILED -> "ERROR (certification failed)";
                case ERROR -> "ERROR (" + run.exitCode() + ")";
            };
            xml.append("  <run name=\"").append(attr(run.file())).append("\" files=\"[").append(attr(run.file()))
                    .append("]\" options=\"").append(attr(run.options())).append("\">\n");
            xml.append("    <column title=\"status\" value=\"").append(attr(status)).append("\"/>\n");
            xml.append("    <column title=\"category\" value=\"").append(category).append("\"/>\n");
            xml.append("    <column title=\"cputime\" value=\"").append(seconds(Math.max(0, run.cpuSeconds())))
                    .append("\"/>\n");
            xml.append("    <column title=\"walltime\" value=\"").append(seconds(run.wallSeconds())).append("\"/>\n");
            xml.append("    <column hidden=\"true\" title=\"gbd\" value=\"").append(run.gbd()).append("\"/>\n");
            xml.append("  </run>\n");
        }
        return xml.append("</result>\n").toString();
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3fs", value);
    }

    private static String attr(String text) {
        return Html.escape(text).replace("'", "&apos;");
    }
}
