package dev.keyless.policy.finding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.PathElement;
import dev.keyless.policy.model.Position;

/**
 * A finding as a ValidatePolicy response holds it: {@code findingDetails}, {@code findingType},
 * {@code issueCode}, {@code learnMoreLink}, {@code locations[]} with {@code path} and {@code span}.
 * Members in the order of AWS's documented example output (alphabetical, so {@code end} comes before
 * {@code start}). One writer for every place that shows a finding in AWS's shape: the
 * {@code validate-policy} output, the summary report and the test fake of Access Analyzer.
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html">ValidatePolicyFinding</a>
 */
public final class FindingJson {

    private FindingJson() {}

    /** Writes {@code f}'s members into {@code n} and returns {@code n}. */
    public static ObjectNode write(ObjectNode n, Finding f) {
        n.put("findingDetails", f.findingDetails());
        n.put("findingType", f.findingType().name());
        n.put("issueCode", f.issueCode());
        n.put("learnMoreLink", f.learnMoreLink());
        ArrayNode locations = n.putArray("locations");
        for (Location l : f.locations()) {
            location(locations.addObject(), l);
        }
        return n;
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
