package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The report of the hand-scored results: every file there, plots that parse and decode. */
class ReportTest {
    @Test
    void everythingIsWrittenAndParses(@TempDir Path dir) throws Exception {
        Report.Written written = Report.write(dir, Fixtures.fixedRuns(), null, true);
        for (String name : List.of("results.csv", "summary.json", "cactus.svg", "cactus.png", "scatter.svg",
                "scatter.png", "index.html", "benchexec/A.xml", "benchexec/B.xml")) {
            assertTrue(Files.size(dir.resolve(name)) > 100, name);
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
        Document benchExec = xml(dir.resolve("benchexec/B.xml"));
        assertEquals(6, benchExec.getElementsByTagName("run").getLength());

        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(13, csv.size());
        assertEquals("i1.cnf,11111111111111111111111111111111,A,,SAT,true,true,,1.000,0.800,1.000,10,SAT,10.000,512,",
                csv.get(1));
        assertTrue(csv.get(6).startsWith("i3.cnf,33333333333333333333333333333333,B,--guidance none,UNSAT,true,false,"
                + "answered UNSAT (certified) but A (certified) answered SAT,6.000,5.900,20.000,"), csv.get(6));

        JsonNode summary = ResultsLog.JSON.readTree(dir.resolve("summary.json").toFile());
        assertEquals(66.0, summary.get("configurations").get(0).get("par2").asDouble());
        assertEquals(3, summary.get("flags").size());
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("<img src=\"cactus.svg\""));
        assertTrue(html.contains("Wrong answers (3)"));
    }

    @Test
    void theScatterPairMustExist(@TempDir Path dir) throws IOException {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Report.write(dir, Fixtures.fixedRuns(), List.of("A", "C"), false));
        assertEquals("no configuration named 'C' in the results; there are [A, B]", e.getMessage());
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
