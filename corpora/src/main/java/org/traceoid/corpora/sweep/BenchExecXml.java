package org.traceoid.corpora.sweep;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One configuration's runs as a BenchExec result file (result DTD 3.0, {@code doc/result.dtd} in
 * BenchExec), so that BenchExec's {@code table-generator} reads them with its statistics rows.
 * Conventions are BenchExec's for SAT solvers (its {@code starexec_sat_solver} tool-info module,
 * named as {@code toolmodule}): the property is satisfiability, status {@code true} for SAT,
 * {@code false} for UNSAT, {@code expectedVerdict} from the manifest, and
 * {@code propertyFile="satisfiability.prp"} next to the XML (table-generator reads expected verdicts
 * only for tasks with a property file; ours is not an SV-COMP property, so no SV-COMP score is
 * invented). {@code category}: {@code correct} = solved as {@link Summary} counts it (certified,
 * not contradicted), {@code correct-unconfirmed} = the expected answer but not certified (an UNSAT
 * answer without proof), {@code wrong}, {@code error}, {@code unknown}. Columns: status, cputime,
 * walltime, memory (peak resident bytes), and hidden ones (certificate, PAR-2 seconds, GBD hash);
 * each run's {@code logfile} links its output. The environment is left empty on purpose (it may
 * hold secrets).
 */
final class BenchExecXml {
    static final String PROPERTY_FILE = "satisfiability.prp";
    static final String PROPERTY_TEXT = "satisfiability of a CNF formula: true = satisfiable, false = unsatisfiable"
            + " (written by traceoid sweep; not an SV-COMP property)\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private BenchExecXml() {
    }

    static String of(String config, List<RunResult> mine, List<RunResult> all) {
        Map<RunResult.RunKey, String> wrong = Verdicts.wrongAnswers(all);
        RunResult first = mine.get(0);
        double limit = mine.stream().mapToDouble(RunResult::timeoutSeconds).max().orElse(0);
        int memory = mine.stream().mapToInt(RunResult::memoryMb).max().orElse(0);
        String start = mine.stream().map(RunResult::finishedAt).filter(t -> !t.isEmpty()).min(String::compareTo)
                .orElse(Instant.now().toString());
        String end = mine.stream().map(RunResult::finishedAt).filter(t -> !t.isEmpty()).max(String::compareTo)
                .orElse(start);
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE result PUBLIC \"+//IDN sosy-lab.org//DTD BenchExec result 3.0//EN\" "
                    + "\"https://www.sosy-lab.org/benchexec/result-3.0.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("result");
            xml.writeAttribute("benchmarkname", "traceoid-sweep");
            xml.writeAttribute("name", "traceoid-sweep." + config);
            xml.writeAttribute("starttime", start);
            xml.writeAttribute("endtime", end);
            xml.writeAttribute("date", DATE.format(parse(start)));
            xml.writeAttribute("tool", first.tool());
            xml.writeAttribute("toolmodule", "benchexec.tools.starexec_sat_solver");
            xml.writeAttribute("version", first.toolVersion());
            xml.writeAttribute("options", first.options());
            xml.writeAttribute("timelimit", String.format(Locale.ROOT, "%s s", SolverRun.format(limit)));
            xml.writeAttribute("memlimit", memory + " MB");
            xml.writeAttribute("cpuCores", "1");
            xml.writeAttribute("generator", "traceoid sweep");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("columns");
            for (String title : List.of("status", "cputime", "walltime", "memory")) {
                xml.writeEmptyElement("column");
                xml.writeAttribute("title", title);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            systemInfo(xml, first.host());
            for (RunResult run : mine) {
                xml.writeCharacters("\n  ");
                run(xml, run, wrong);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return text + "\n";
    }

    private static void run(XMLStreamWriter xml, RunResult run, Map<RunResult.RunKey, String> wrong)
            throws XMLStreamException {
        xml.writeStartElement("run");
        xml.writeAttribute("name", run.file());
        xml.writeAttribute("files", "[" + run.file() + "]");
        xml.writeAttribute("properties", "satisfiability");
        xml.writeAttribute("propertyFile", PROPERTY_FILE);
        String expected = switch (run.expected()) {
            case "SAT" -> "true";
            case "UNSAT" -> "false";
            default -> null;
        };
        if (expected != null) {
            xml.writeAttribute("expectedVerdict", expected);
        }
        xml.writeAttribute("options", run.options());
        xml.writeAttribute("logfile", "../" + Report.logFile(run, ".out"));
        column(xml, "status", status(run), false);
        column(xml, "category", category(run, wrong, expected), true);
        column(xml, "cputime", seconds(Math.max(0, run.cpuSeconds())), false);
        column(xml, "walltime", seconds(run.wallSeconds()), false);
        if (run.peakRssMb() > 0) {
            column(xml, "memory", Math.round(run.peakRssMb() * 1024 * 1024) + "B", false);
        }
        column(xml, "exitcode", Integer.toString(run.exitCode()), true);
        column(xml, "certificate", run.certificate(), true);
        column(xml, "par2", seconds(Summary.par2(run, wrong)), true);
        column(xml, "gbd", run.gbd(), true);
        xml.writeEndElement();
    }

    /** BenchExec's status words: true/false for answers, TIMEOUT, OUT OF MEMORY, ERROR (...). */
    static String status(RunResult run) {
        return switch (run.outcome()) {
            case SAT -> "true";
            case UNSAT -> "false";
            case TIMEOUT -> "TIMEOUT";
            case MEMOUT -> "OUT OF MEMORY";
            case CERTIFICATION_FAILED -> "ERROR (certificate rejected)";
            case ERROR -> "ERROR (" + run.exitCode() + ")";
        };
    }

    static String category(RunResult run, Map<RunResult.RunKey, String> wrong, String expected) {
        if (wrong.containsKey(run.key())) {
            return "wrong";
        }
        if (Summary.solved(run, wrong)) {
            return "correct";
        }
        if (run.outcome().answered() && expected != null) {
            return "correct-unconfirmed"; // not contradicted, so it matches the expected verdict
        }
        return run.outcome() == Outcome.ERROR ? "error" : "unknown";
    }

    private static void systemInfo(XMLStreamWriter xml, String host) throws XMLStreamException {
        xml.writeStartElement("systeminfo");
        xml.writeAttribute("hostname", host);
        xml.writeEmptyElement("os");
        xml.writeAttribute("name", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        xml.writeEmptyElement("cpu");
        xml.writeAttribute("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        xml.writeAttribute("model", procField("/proc/cpuinfo", "model name", "unknown"));
        xml.writeEmptyElement("ram");
        String kb = procField("/proc/meminfo", "MemTotal", "0 kB").replaceAll("\\D", "");
        xml.writeAttribute("size", (kb.isEmpty() ? 0 : Long.parseLong(kb) * 1024) + "B");
        xml.writeEmptyElement("environment");
        xml.writeEndElement();
    }

    private static void column(XMLStreamWriter xml, String title, String value, boolean hidden)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("column");
        if (hidden) {
            xml.writeAttribute("hidden", "true");
        }
        xml.writeAttribute("title", title);
        xml.writeAttribute("value", value);
    }

    private static String procField(String file, String key, String fallback) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return fallback;
    }

    private static Instant parse(String time) {
        try {
            return Instant.parse(time);
        } catch (RuntimeException e) {
            return Instant.now();
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3fs", value);
    }
}
