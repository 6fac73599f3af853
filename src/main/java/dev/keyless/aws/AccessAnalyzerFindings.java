package dev.keyless.aws;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.model.JsonPath;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.PathElement;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Span;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyFinding;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Access Analyzer's {@code ValidatePolicyFinding}s into keyless's {@link Finding}s, field for
 * field. The API marks findingType, issueCode, findingDetails, learnMoreLink and locations required,
 * and every location has a path and a span: an answer without them, or with a finding type or path
 * element this SDK does not know, is malformed and refused rather than half-read.
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html">ValidatePolicyFinding</a>
 */
final class AccessAnalyzerFindings {

    private AccessAnalyzerFindings() {}

    static Finding read(ValidatePolicyFinding f) {
        FindingType type = findingType(f.findingTypeAsString());
        require(f.issueCode(), "issueCode");
        require(f.findingDetails(), "findingDetails");
        require(f.learnMoreLink(), "learnMoreLink");
        if (!f.hasLocations()) {
            throw new Malformed("a " + f.issueCode() + " finding without locations");
        }
        List<Location> locations = new ArrayList<>(f.locations().size());
        for (var l : f.locations()) {
            locations.add(location(l));
        }
        return new Finding(type, f.issueCode(), f.findingDetails(), f.learnMoreLink(), locations);
    }

    private static FindingType findingType(String raw) {
        require(raw, "findingType");
        try {
            return FindingType.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new Malformed("a finding of unknown type \"" + raw + "\"");
        }
    }

    private static Location location(software.amazon.awssdk.services.accessanalyzer.model.Location l) {
        if (!l.hasPath() || l.span() == null) {
            throw new Malformed("a finding location without a path or span");
        }
        List<PathElement> path = new ArrayList<>(l.path().size());
        for (var e : l.path()) {
            path.add(pathElement(e));
        }
        return new Location(new JsonPath(path), new Span(position(l.span().start()), position(l.span().end())));
    }

    /** A union: exactly one member is set (API_PathElement). */
    private static PathElement pathElement(software.amazon.awssdk.services.accessanalyzer.model.PathElement e) {
        int set = (e.index() != null ? 1 : 0) + (e.key() != null ? 1 : 0) + (e.value() != null ? 1 : 0)
                + (e.substring() != null ? 1 : 0);
        if (set != 1) {
            throw new Malformed("a path element with " + set + " members set (exactly one of index, key, value,"
                    + " substring is allowed)");
        }
        if (e.index() != null) {
            return new PathElement.Index(e.index());
        }
        if (e.key() != null) {
            return new PathElement.Key(e.key());
        }
        if (e.value() != null) {
            return new PathElement.Value(e.value());
        }
        var s = e.substring();
        if (s.start() == null || s.length() == null) {
            throw new Malformed("a substring path element without start or length");
        }
        return new PathElement.Substring(s.start(), s.length());
    }

    private static Position position(software.amazon.awssdk.services.accessanalyzer.model.Position p) {
        if (p == null || p.line() == null || p.column() == null || p.offset() == null) {
            throw new Malformed("a span without line, column or offset");
        }
        try {
            return new Position(p.line(), p.column(), p.offset());
        } catch (IllegalArgumentException e) {
            throw new Malformed("a position out of range (line " + p.line() + ", column " + p.column()
                    + ", offset " + p.offset() + ")");
        }
    }

    private static void require(String value, String field) {
        if (value == null) {
            throw new Malformed("a finding without " + field);
        }
    }

    /** Raised while reading; the validator turns it into a {@link LiveCallException} naming the call. */
    static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String what) {
            super(what);
        }
    }
}
