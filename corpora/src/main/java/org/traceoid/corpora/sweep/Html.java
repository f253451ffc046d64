package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code index.html}: the summary table, wrong answers in red, the plots, and one row per instance. */
final class Html {
    private Html() {
    }

    static String page(Summary summary, List<RunResult> runs, List<String> scatterPair) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>traceoid sweep</title>
                <style>
                body{font-family:sans-serif;margin:2em} table{border-collapse:collapse;margin:1em 0}
                td,th{border:1px solid #ccc;padding:2px 8px;text-align:right} td:first-child,th:first-child{text-align:left}
                .wrong{background:#fdd;color:#900;font-weight:bold} .alarm{color:#900;font-weight:bold}
                </style></head><body>
                <h1>traceoid sweep</h1>
                <p>Solved means answered within the limit <em>and certified</em> (model checked; UNSAT proof checked)
                and not contradicted; PAR-2 charges twice the limit for every other run.</p>
                """);
        html.append("<h2>Summary</h2>\n<table><tr><th>configuration</th><th>options</th><th>runs</th><th>solved</th>"
                + "<th>SAT</th><th>UNSAT</th><th>uncertified</th><th>timeouts</th><th>memouts</th><th>errors</th>"
                + "<th>wrong</th><th>PAR-2 (s)</th><th>CPU (s)</th></tr>\n");
        List<Summary.Row> rows = new ArrayList<>(summary.configurations());
        rows.add(summary.virtualBest());
        for (Summary.Row row : rows) {
            html.append("<tr><td>").append(escape(row.name())).append("</td><td>").append(escape(row.options()))
                    .append("</td>");
            for (Object value : List.of(row.runs(), row.solved(), row.solvedSat(), row.solvedUnsat(), row.uncertified(),
                    row.timeouts(), row.memouts(), row.errors())) {
                html.append("<td>").append(value).append("</td>");
            }
            html.append(row.wrong() > 0 ? "<td class=\"wrong\">" : "<td>").append(row.wrong()).append("</td>");
            html.append("<td>").append(fmt(row.par2())).append("</td><td>").append(fmt(row.cpuSeconds()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (summary.flags().isEmpty()) {
            html.append("<p>No wrong answers.</p>\n");
        } else {
            html.append("<h2 class=\"alarm\">Wrong answers (").append(summary.flags().size())
                    .append(")</h2>\n<ul class=\"alarm\">\n");
            for (Summary.Flag flag : summary.flags()) {
                html.append("<li>").append(escape(flag.config())).append(" on ").append(escape(flag.instance()))
                        .append(": ").append(escape(flag.reason())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("<h2>Cactus plot</h2>\n<p><img src=\"cactus.svg\" width=\"800\" alt=\"cactus plot\"> "
                + "<a href=\"cactus.png\">PNG</a></p>\n");
        if (scatterPair != null) {
            html.append("<h2>").append(escape(scatterPair.get(0))).append(" vs ").append(escape(scatterPair.get(1)))
                    .append("</h2>\n<p><img src=\"scatter.svg\" width=\"800\" alt=\"scatter plot\"> "
                            + "<a href=\"scatter.png\">PNG</a></p>\n");
        }
        List<String> configs = runs.stream().map(RunResult::config).distinct().sorted().toList();
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(runs);
        html.append("<h2>Runs</h2>\n<p>Each cell: outcome, wall-clock seconds; * = certified. Full data: "
                + "<a href=\"results.csv\">results.csv</a>, <a href=\"summary.json\">summary.json</a>.</p>\n"
                + "<table><tr><th>instance</th><th>expected</th>");
        configs.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        html.append("</tr>\n");
        for (Map<String, RunResult> row : Report.byInstance(runs).values()) {
            RunResult any = row.values().iterator().next();
            html.append("<tr><td>").append(escape(any.instance())).append("</td><td>").append(any.expected())
                    .append("</td>");
            for (String config : configs) {
                RunResult run = row.get(config);
                if (run == null) {
                    html.append("<td></td>");
                    continue;
                }
                String reason = wrong.get(run.key());
                html.append(reason != null ? "<td class=\"wrong\" title=\"" + escape(reason) + "\">" : "<td>")
                        .append(run.outcome()).append(run.certified() ? "*" : "").append(' ')
                        .append(fmt(run.wallSeconds())).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String fmt(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }
}
