package dev.keyless.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.lint.ValidationResult;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.PathElement;
import dev.keyless.policy.model.Position;

/**
 * A ValidatePolicy response as the AWS CLI prints it: {@code {"findings": [...]}}, members in the
 * order of AWS's documented example output (alphabetical: {@code end} before {@code start}), four
 * spaces of indentation, {@code "key": value}, {@code []} for no findings. Paging is the CLI's
 * business, so there is no {@code nextToken}.
 *
 * @see <a href="https://awscli.amazonaws.com/v2/documentation/api/latest/reference/accessanalyzer/validate-policy.html">aws accessanalyzer validate-policy</a>
 */
final class FindingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter AWS_CLI_STYLE = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("    ", "\n"))
            .withArrayIndenter(new DefaultIndenter("    ", "\n"));

    private FindingsJson() {}

    static String render(ValidationResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("findingDetails", f.findingDetails());
            n.put("findingType", f.findingType().name());
            n.put("issueCode", f.issueCode());
            n.put("learnMoreLink", f.learnMoreLink());
            ArrayNode locations = n.putArray("locations");
            for (Location l : f.locations()) {
                location(locations.addObject(), l);
            }
        }
        try {
            return JSON.writer(AWS_CLI_STYLE).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serializes", e);
        }
    }

    private static void location(ObjectNode n, Location l) {
        ArrayNode path = n.putArray("path");
        for (PathElement e : l.path().elements()) {
            ObjectNode p = path.addObject();
            if (e instanceof PathElement.Index i) {
                p.put("index", i.index());
            } else if (e instanceof PathElement.Key k) {
                p.put("key", k.key());
            } else if (e instanceof PathElement.Value v) {
                p.put("value", v.value());
            } else if (e instanceof PathElement.Substring s) {
                p.putObject("substring").put("length", s.length()).put("start", s.start());
            }
        }
        ObjectNode span = n.putObject("span");
        position(span.putObject("end"), l.span().end());
        position(span.putObject("start"), l.span().start());
    }

    private static void position(ObjectNode n, Position p) {
        n.put("column", p.column());
        n.put("line", p.line());
        n.put("offset", p.offset());
    }
}
