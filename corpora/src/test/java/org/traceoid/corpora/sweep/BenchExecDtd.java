package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * BenchExec's result DTD ({@code doc/result.dtd} of github.com/sosy-lab/benchexec, read there; none
 * of its files is copied here) written out as checks: for every element, its content model as a
 * pattern over the names of its child elements, its required attributes and the attributes it may
 * have. {@link #violations} lists what a document breaks.
 */
final class BenchExecDtd {
    private record Rule(Pattern children, Set<String> required, Set<String> allowed) {
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            // <!ELEMENT result (description?, columns, systeminfo+, run*, column*)>
            Map.entry("result", new Rule(Pattern.compile("(description )?columns (systeminfo )+(run )*(column )*"),
                    Set.of("benchmarkname", "starttime", "date", "tool", "toolmodule", "version", "generator"),
                    Set.of("name", "benchmarkname", "displayName", "block", "starttime", "endtime", "date", "tool",
                            "toolmodule", "version", "options", "memlimit", "timelimit", "cpuCores", "generator",
                            "error"))),
            Map.entry("description", new Rule(Pattern.compile(""), Set.of(), Set.of())),
            // <!ELEMENT systeminfo (os, cpu, ram, environment)>
            Map.entry("systeminfo", new Rule(Pattern.compile("os cpu ram environment "), Set.of(), Set.of("hostname"))),
            Map.entry("os", new Rule(Pattern.compile(""), Set.of("name"), Set.of("name"))),
            Map.entry("cpu", new Rule(Pattern.compile(""), Set.of("cores", "model"),
                    Set.of("cores", "frequency", "turboboostActive", "model"))),
            Map.entry("ram", new Rule(Pattern.compile(""), Set.of("size"), Set.of("size"))),
            Map.entry("environment", new Rule(Pattern.compile("(var )*"), Set.of(), Set.of())),
            Map.entry("var", new Rule(Pattern.compile(""), Set.of("name"), Set.of("name", "encoding"))),
            Map.entry("columns", new Rule(Pattern.compile("(column )*"), Set.of(), Set.of())),
            Map.entry("column", new Rule(Pattern.compile(""), Set.of("title"), Set.of("title", "value", "hidden"))),
            Map.entry("run", new Rule(Pattern.compile("(column )*"), Set.of("name"),
                    Set.of("name", "files", "properties", "propertyFile", "expectedVerdict", "options", "logfile"))));

    private BenchExecDtd() {
    }

    /** What {@code root} and its descendants break, empty if it follows the DTD. */
    static List<String> violations(Element root) {
        List<String> found = new ArrayList<>();
        if (!root.getTagName().equals("result")) {
            found.add("the root element is <" + root.getTagName() + ">, not <result>");
        }
        check(root, found);
        return found;
    }

    private static void check(Element element, List<String> found) {
        Rule rule = RULES.get(element.getTagName());
        if (rule == null) {
            found.add("<" + element.getTagName() + "> is not in the DTD");
            return;
        }
        StringBuilder children = new StringBuilder();
        List<Element> elements = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.append(e.getTagName()).append(' ');
                elements.add(e);
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getTextContent().isBlank()
                    && !Set.of("var", "description").contains(element.getTagName())) {
                found.add("<" + element.getTagName() + "> has text, but its content model has none");
            }
        }
        if (!rule.children().matcher(children.toString()).matches()) {
            found.add("<" + element.getTagName() + "> has children [" + children.toString().strip()
                    + "], which its content model " + rule.children().pattern() + " does not allow");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            if (!rule.allowed().contains(name)) {
                found.add("<" + element.getTagName() + "> has attribute " + name + ", which the DTD does not declare");
            }
        }
        for (String name : rule.required()) {
            if (!element.hasAttribute(name)) {
                found.add("<" + element.getTagName() + "> lacks the required attribute " + name);
            }
        }
        elements.forEach(e -> check(e, found));
    }
}
