package dev.keyless.policy.parse;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a policy text into the {@link Policy} model. Every defect of form becomes a finding with a
 * location, never an exception: bad JSON, duplicate keys, wrong JSON types, unknown elements and
 * documents over IAM's size limit.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">IAM JSON policy grammar</a>
 */
public final class PolicyReader {

    /** IAM's API limit for any policy string (SimulateCustomPolicy, ValidatePolicy and others). */
    public static final int MAX_DOCUMENT_CHARS = 131_072;

    private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");

    private PolicyReader() {}

    public static ParsedPolicy read(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text.length() > MAX_DOCUMENT_CHARS) {
            findings.add(Finding.of(IssueCode.POLICY_SIZE_EXCEEDS_DOCUMENT_LIMIT,
                    IssueCode.POLICY_SIZE_EXCEEDS_DOCUMENT_LIMIT.details(
                            "policySize", String.valueOf(text.length()),
                            "policySizeQuota", String.valueOf(MAX_DOCUMENT_CHARS)),
                    new Location(JsonPath.ROOT, Span.at(Position.START))));
        }
        if (text.isBlank()) {
            findings.add(Finding.of(IssueCode.EMPTY_POLICY_DOCUMENT, IssueCode.EMPTY_POLICY_DOCUMENT.template(),
                    new Location(JsonPath.ROOT, Span.at(Position.START))));
            return new ParsedPolicy(text, Optional.empty(), Optional.empty(), findings);
        }
        PositionedJsonReader.Result json = PositionedJsonReader.read(text);
        if (!json.ok()) {
            Position at = json.error().position();
            findings.add(Finding.of(IssueCode.JSON_SYNTAX_ERROR,
                    IssueCode.JSON_SYNTAX_ERROR.details("index", String.valueOf(at.offset()),
                            "line", String.valueOf(at.line()), "column", String.valueOf(at.column())),
                    new Location(JsonPath.ROOT, Span.at(at))));
            return new ParsedPolicy(text, Optional.empty(), Optional.empty(), findings);
        }
        Shapes shapes = new Shapes(findings);
        shapes.reportDuplicateKeys(json.value());
        if (!(json.value() instanceof JsonValue.JsonObject root)) {
            shapes.mismatch(json.value(), "Object");
            return new ParsedPolicy(text, Optional.empty(), Optional.empty(), findings);
        }
        shapes.unknownElements(root, TOP_LEVEL);
        Optional<Text> version = shapes.string(root, "Version");
        Optional<Text> id = shapes.string(root, "Id");
        List<Statement> statements = new ArrayList<>();
        boolean array = false;
        Optional<Location> statementLocation = Optional.empty();
        Optional<JsonValue> st = root.get("Statement");
        if (st.isPresent()) {
            statementLocation = Optional.of(st.get().location());
            StatementReader reader = new StatementReader(shapes);
            if (st.get() instanceof JsonValue.JsonArray items) {
                array = true;
                for (int i = 0; i < items.items().size(); i++) {
                    reader.read(items.items().get(i), i).ifPresent(statements::add);
                }
            } else if (st.get() instanceof JsonValue.JsonObject) {
                reader.read(st.get(), 0).ifPresent(statements::add);
            } else {
                // Statement is one object or an array of them; say both, not just "Object".
                shapes.mismatch(st.get(), "Object or Array");
            }
        }
        Policy policy = new Policy(version, id, statements, array, statementLocation, root.location());
        return new ParsedPolicy(text, Optional.of(policy), Optional.of(root), findings);
    }

    /** Shared helpers for type checks; collects findings into one list. */
    static final class Shapes {
        private final List<Finding> findings;

        Shapes(List<Finding> findings) {
            this.findings = findings;
        }

        void mismatch(JsonValue v, String expected) {
            findings.add(Finding.of(IssueCode.DATA_TYPE_MISMATCH,
                    IssueCode.DATA_TYPE_MISMATCH.details("data_type", expected), v.location()));
        }

        void unknownElements(JsonValue.JsonObject o, Set<String> allowed) {
            for (JsonValue.Member m : o.members()) {
                if (!allowed.contains(m.name())) {
                    findings.add(Finding.of(IssueCode.INVALID_POLICY_ELEMENT,
                            IssueCode.INVALID_POLICY_ELEMENT.details("element", m.name()), m.keyLocation()));
                }
            }
        }

        Optional<Text> string(JsonValue.JsonObject o, String name) {
            Optional<JsonValue> v = o.get(name);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            if (v.get() instanceof JsonValue.JsonString s) {
                return Optional.of(new Text(s.value(), s.location()));
            }
            mismatch(v.get(), "String");
            return Optional.empty();
        }

        private static final int SMALL_OBJECT = 16;

        /** Policy objects have a handful of members: comparing with the earlier ones beats hashing. */
        private static boolean appearsBefore(List<JsonValue.Member> members, int i) {
            String name = members.get(i).name();
            for (int j = 0; j < i; j++) {
                if (members.get(j).name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        void reportDuplicateKeys(JsonValue v) {
            if (v instanceof JsonValue.JsonObject o) {
                List<JsonValue.Member> members = o.members();
                Set<String> seen = members.size() > SMALL_OBJECT ? new HashSet<>() : null;
                for (int i = 0; i < members.size(); i++) {
                    JsonValue.Member m = members.get(i);
                    if (seen != null ? !seen.add(m.name()) : appearsBefore(members, i)) {
                        findings.add(Finding.of(IssueCode.DUPLICATE_KEY,
                                IssueCode.DUPLICATE_KEY.details("key", m.name()), m.keyLocation()));
                    }
                    reportDuplicateKeys(m.value());
                }
            } else if (v instanceof JsonValue.JsonArray a) {
                a.items().forEach(this::reportDuplicateKeys);
            }
        }
    }
}
