package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's tables sort in a real browser: Debian's headless Chromium loads {@code index.html}
 * with one more script that clicks column headings, and prints the DOM it ends with. Skipped
 * without {@code chromium} ({@code .ci/run} installs it).
 */
class ReportInBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void clickingAHeadingSortsTheRuns(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium");
        Report.write(dir, ReportTest.runs(), null, false);
        String page = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        // heading 4 of the runs table is configuration A; one click sorts ascending by its time (unsolved
        // runs last), a second click descending; the page records the instance order after each click
        String clicks = """
                <script>
                var heading = document.querySelectorAll("#runs th")[3];
                function order() {
                  return Array.prototype.map.call(document.querySelectorAll("#runs tbody tr"),
                      function (row) { return row.cells[0].textContent; }).join(",");
                }
                heading.click();
                document.body.setAttribute("data-ascending", order());
                heading.click();
                document.body.setAttribute("data-descending", order());
                </script>
                """;
        Path harness = Files.writeString(dir.resolve("harness.html"), page.replace("</body>", clicks + "</body>"));
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", harness.toUri().toString()));
        Process chromium = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        Document document = Jsoup.parse(dom);
        // A: i1 1.0 s, i2 2.0 s, i3 3.0 s solved; i4 timeout, i5 error, i6 wrong: unsolved, after them
        String ascending = document.body().attr("data-ascending");
        assertTrue(ascending.startsWith("i1.cnf,i2.cnf,i3.cnf,"), ascending + "\n" + Files.readString(dir.resolve("chromium.err")));
        String descending = document.body().attr("data-descending");
        assertTrue(descending.endsWith(",i3.cnf,i2.cnf,i1.cnf"), descending);
        assertEquals(6, descending.split(",").length);
    }
}
