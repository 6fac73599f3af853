package dev.keyless.report;

import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedScenario;
import dev.keyless.gate.WaiverProblem;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in the shape CI dashboards read (Surefire's): one testsuite per feature, one testcase per
 * scenario named as the rule book names it. Blocking failures are {@code <failure>}; a waived scenario
 * is {@code <skipped>} with the waiver, so a dashboard never counts it as passed; a scenario that
 * failed only on non-blocking finding types passes with its findings in {@code <system-out>}. Invalid
 * exceptions block the gate, so each is a failing testcase of its own suite.
 */
final class JunitReport {

    private JunitReport() {}

    static String render(RunInfo run, GateDecision d) {
        Map<String, List<JudgedScenario>> features = new LinkedHashMap<>();
        d.scenarios().forEach(s -> features.computeIfAbsent(s.result().feature(), k -> new java.util.ArrayList<>()).add(s));
        List<WaiverProblem> problems = d.waivers().problems();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            nl(x, 0);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", Markup.xmlChars("keyless " + run.verb() + " (" + run.mode() + ") " + run.stackName()));
            counts(x, d.scenarios().size() + problems.size(), d.count(JudgedScenario.Outcome.FAILED) + problems.size(),
                    d.count(JudgedScenario.Outcome.NOT_JUDGED),
                    d.count(JudgedScenario.Outcome.WAIVED) + d.count(JudgedScenario.Outcome.SKIPPED));
            for (Map.Entry<String, List<JudgedScenario>> f : features.entrySet()) {
                nl(x, 1);
                x.writeStartElement("testsuite");
                x.writeAttribute("name", Markup.xmlChars(f.getKey()));
                List<JudgedScenario> ss = f.getValue();
                counts(x, ss.size(), ss.stream().filter(JudgedScenario::blocking).count(),
                        ss.stream().filter(s -> s.outcome() == JudgedScenario.Outcome.NOT_JUDGED).count(), ss.stream().filter(s ->
                        s.outcome() == JudgedScenario.Outcome.WAIVED || s.outcome() == JudgedScenario.Outcome.SKIPPED).count());
                for (JudgedScenario s : ss) {
                    testcase(x, s);
                }
                nl(x, 1);
                x.writeEndElement();
            }
            if (!problems.isEmpty()) {
                String file = d.waivers().source().orElse("compliance-exceptions.yaml");
                nl(x, 1);
                x.writeStartElement("testsuite");
                x.writeAttribute("name", Markup.xmlChars("Justified exceptions (" + file + ")"));
                counts(x, problems.size(), problems.size(), 0, 0);
                for (WaiverProblem p : problems) {
                    nl(x, 2);
                    x.writeStartElement("testcase");
                    x.writeAttribute("name", Markup.xmlChars("Exception entry " + p.entry() + " (line " + p.line() + ") is valid"));
                    x.writeAttribute("classname", "Justified exceptions");
                    element(x, "failure", p.message(), p.toString(), 3);
                    nl(x, 2);
                    x.writeEndElement();
                }
                nl(x, 1);
                x.writeEndElement();
            }
            nl(x, 0);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.append('\n').toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
    }

    private static void testcase(XMLStreamWriter x, JudgedScenario s) throws XMLStreamException {
        nl(x, 2);
        x.writeStartElement("testcase");
        x.writeAttribute("name", Markup.xmlChars(s.result().scenario()));
        x.writeAttribute("classname", Markup.xmlChars(s.result().feature()));
        String reasons = String.join("\n", s.reasons());
        switch (s.outcome()) {
            case FAILED -> element(x, "failure", s.reasons().isEmpty() ? "failed" : s.reasons().get(0), reasons, 3);
            case WAIVED -> element(x, "skipped", "waived: " + String.join("; ", s.waivers().stream()
                    .map(w -> w.describe() + " — " + w.justification()).toList()), reasons, 3);
            case SKIPPED -> element(x, "skipped", s.reasons().isEmpty() ? "skipped" : s.reasons().get(0), "", 3);
            case NOT_JUDGED -> element(x, "error", s.reasons().isEmpty() ? "not judged" : s.reasons().get(0), reasons, 3);
            case NOT_BLOCKING -> {
                nl(x, 3);
                x.writeStartElement("system-out");
                x.writeCharacters(Markup.xmlChars("not blocking:\n" + reasons));
                x.writeEndElement();
            }
            case PASSED -> { }
        }
        nl(x, 2);
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String message, String body, int depth)
            throws XMLStreamException {
        nl(x, depth);
        x.writeStartElement(name);
        x.writeAttribute("message", Markup.xmlChars(message));
        if (name.equals("failure")) {
            x.writeAttribute("type", "violation");
        } else if (name.equals("error")) {
            x.writeAttribute("type", "tool-error");
        }
        if (!body.isEmpty()) {
            x.writeCharacters(Markup.xmlChars(body));
        }
        x.writeEndElement();
    }

    private static void counts(XMLStreamWriter x, long tests, long failures, long errors, long skipped)
            throws XMLStreamException {
        x.writeAttribute("tests", Long.toString(tests));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", Long.toString(errors));
        x.writeAttribute("skipped", Long.toString(skipped));
    }

    private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
