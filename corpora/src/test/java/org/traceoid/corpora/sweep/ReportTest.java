package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The report of the hand-scored results: every file there, in the shape its readers expect. */
class ReportTest {
    /** The fixture with families: i1-i3 in "small", i4-i6 in "large". */
    static List<RunResult> runs() throws IOException {
        return Fixtures.fixedRuns().stream()
                .map(r -> Fixtures.with(r, "family", r.instance().compareTo("i4") < 0 ? "small" : "large")).toList();
    }

    @Test
    void everythingIsWrittenAndParses(@TempDir Path dir) throws Exception {
        Report.Written written = Report.write(dir, runs(), null, true);
        for (String name : List.of("results.csv", "summary.json", "cactus.svg", "cactus.png", "scatter.svg",
                "scatter.png", "index.html", "benchexec/A.xml", "benchexec/B.xml", "benchexec/satisfiability.prp",
                "mkplot/A.json", "mkplot/B.json")) {
            assertTrue(Files.size(dir.resolve(name)) > 50, name);
            assertTrue(written.files().contains(dir.resolve(name)), name);
        }
        for (String svg : List.of("cactus.svg", "scatter.svg")) {
            Document document = xml(dir.resolve(svg));
            assertEquals("svg", document.getDocumentElement().getNodeName());
            assertTrue(document.getElementsByTagName("*").getLength() > 50, svg + " has content");
        }
        for (String png : List.of("cactus.png", "scatter.png")) {
            BufferedImage image = ImageIO.read(dir.resolve(png).toFile());
            assertNotNull(image, png + " decodes");
            assertEquals(Plots.WIDTH, image.getWidth());
            assertEquals(Plots.HEIGHT, image.getHeight());
        }
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(13, csv.size());
        assertEquals("i1.cnf,11111111111111111111111111111111,small,A,traceoid,,SAT,true,false,true,,1.000,0.800,wall,"
                + "1.000,0.000,0.000,10,SAT,10.000,512,certified: model satisfies all 9 clauses,", csv.get(1));
        assertTrue(csv.get(6).startsWith("i3.cnf,33333333333333333333333333333333,small,B,traceoid,--guidance none,UNSAT,"
                + "true,false,false,answered UNSAT (certified) but A (certified) answered SAT,6.000,5.900,wall,20.000,"),
                csv.get(6));

        JsonNode summary = ResultsLog.JSON.readTree(dir.resolve("summary.json").toFile());
        assertEquals(66.0, summary.get("configurations").get(0).get("par2").asDouble());
        assertEquals(3, summary.get("flags").size());
        assertEquals("large", summary.get("families").get(0).get("family").asText());
        assertEquals(3, summary.get("families").get(1).get("virtualBest").get("solved").asInt());
    }

    /** mkplot reads {"preamble": {program, prog_args, prog_alias, benchmark}, "stats": {instance: {status, rtime}}}. */
    @Test
    void mkplotJsonHasWhatMkplotReads(@TempDir Path dir) throws Exception {
        Report.write(dir, runs(), null, false);
        JsonNode a = ResultsLog.JSON.readTree(dir.resolve("mkplot/A.json").toFile());
        for (String key : List.of("program", "prog_args", "prog_alias", "benchmark")) {
            assertTrue(a.get("preamble").get(key).isTextual(), key);
        }
        assertEquals("A", a.get("preamble").get("prog_alias").asText());
        JsonNode stats = a.get("stats");
        assertEquals(6, stats.size());
        assertTrue(stats.get("i1.cnf").get("status").asBoolean());
        assertEquals(1.0, stats.get("i1.cnf").get("rtime").asDouble());
        assertTrue(stats.get("i6.cnf").get("status").isBoolean());
        assertEquals(false, stats.get("i6.cnf").get("status").asBoolean(), "a wrong answer is not solved");
        assertTrue(stats.get("i1.cnf").get("mempeak").asText().endsWith(" KiB"));
        JsonNode b = ResultsLog.JSON.readTree(dir.resolve("mkplot/B.json").toFile());
        List<String> namesA = new ArrayList<>();
        List<String> namesB = new ArrayList<>();
        a.get("stats").fieldNames().forEachRemaining(namesA::add);
        b.get("stats").fieldNames().forEachRemaining(namesB::add);
        assertEquals(namesA.stream().sorted().toList(), namesB.stream().sorted().toList(), "the same keys for scatter");
    }

    @Test
    void benchExecXmlFollowsTheResultDtd(@TempDir Path dir) throws Exception {
        Report.write(dir, runs(), null, true);
        for (String config : List.of("A", "B")) {
            Document document = xml(dir.resolve("benchexec/" + config + ".xml"));
            assertEquals(List.of(), BenchExecDtd.violations(document.getDocumentElement()), config);
            assertEquals("result", document.getDoctype().getName());
            assertEquals("+//IDN sosy-lab.org//DTD BenchExec result 3.0//EN", document.getDoctype().getPublicId());
        }
        Document b = xml(dir.resolve("benchexec/B.xml"));
        org.w3c.dom.Element result = b.getDocumentElement();
        assertEquals("traceoid", result.getAttribute("tool"));
        assertEquals("unknown", result.getAttribute("version"));
        NodeList runs = b.getElementsByTagName("run");
        assertEquals(6, runs.getLength());
        // i1 SAT certified, expected SAT; i3 a wrong UNSAT; i4 uncertified UNSAT, expected UNSAT
        assertEquals(List.of("true", "correct", "true"), statusCategoryExpected(runs, "/data/i1.cnf"));
        assertEquals(List.of("false", "wrong", ""), statusCategoryExpected(runs, "/data/i3.cnf"));
        assertEquals(List.of("false", "correct-unconfirmed", "false"), statusCategoryExpected(runs, "/data/i4.cnf"));
        assertEquals(List.of("OUT OF MEMORY", "unknown", "false"), statusCategoryExpected(runs, "/data/i2.cnf"));
        org.w3c.dom.Element first = (org.w3c.dom.Element) runs.item(0);
        assertEquals("satisfiability.prp", first.getAttribute("propertyFile"));
        assertTrue(first.getAttribute("logfile").matches("\\.\\./logs/B/[0-9]{32}\\.B\\.out"), first.getAttribute("logfile"));
    }

    private static List<String> statusCategoryExpected(NodeList runs, String file) {
        for (int i = 0; i < runs.getLength(); i++) {
            org.w3c.dom.Element run = (org.w3c.dom.Element) runs.item(i);
            if (run.getAttribute("name").equals(file)) {
                String status = "";
                String category = "";
                NodeList columns = run.getElementsByTagName("column");
                for (int c = 0; c < columns.getLength(); c++) {
                    org.w3c.dom.Element column = (org.w3c.dom.Element) columns.item(c);
                    if (column.getAttribute("title").equals("status")) {
                        status = column.getAttribute("value");
                    } else if (column.getAttribute("title").equals("category")) {
                        category = column.getAttribute("value");
                    }
                }
                return List.of(status, category, run.getAttribute("expectedVerdict"));
            }
        }
        throw new AssertionError(file);
    }

    @Test
    void theHtmlHasFamilyRowsSortableTablesAndLinksToEveryRunsOutput(@TempDir Path dir) throws Exception {
        List<RunResult> runs = runs();
        for (RunResult run : runs) {
            Path out = dir.resolve(Report.logFile(run, ".out"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, "s SATISFIABLE\n");
            Files.writeString(dir.resolve(Report.logFile(run, ".err")), "");
        }
        Report.write(dir, runs, null, false);
        org.jsoup.nodes.Document html = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertEquals(3, html.select("table.sortable").size(), "summary, families, runs");
        assertTrue(html.select("script").html().contains("addEventListener(\"click\""));
        List<String> families = html.select("#families tbody tr td:eq(0)").eachText();
        assertEquals(List.of("large", "small"), families);
        Element small = html.select("#families tbody tr").get(1);
        assertEquals(List.of("small", "3", "3 / 3", "6.00", "1 / 3", "40.50", "3 / 3", "5.50"),
                small.select("td").eachText());
        assertEquals(6, html.select("#runs tbody tr").size());
        for (RunResult run : runs) {
            assertEquals(1, html.select("#runs a[href=" + Report.logFile(run, ".out") + "]").size(), run.toString());
        }
        Element wrongCell = html.select("#runs td.wrong").first();
        assertNotNull(wrongCell);
        assertTrue(wrongCell.attr("title").startsWith("WRONG: "), wrongCell.attr("title"));
        assertTrue(html.text().contains("Wrong answers (3)"));
        assertEquals("virtual-best", html.select("#summary tr.vb td").first().text());
        assertTrue(html.select("img[src=cactus.svg]").attr("alt").contains("wall-clock time"));
    }

    @Test
    void theScatterPairMustExist(@TempDir Path dir) throws IOException {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Report.write(dir, Fixtures.fixedRuns(), List.of("A", "C"), false));
        assertEquals("no configuration named 'C' in the results; there are [A, B]", e.getMessage());
    }

    static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
