package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.ArnPattern;
import dev.keyless.policy.catalog.ArnServiceRules;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.ValueFact;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One Resource or NotResource string as the ARN checks see it, worked out once per validation
 * ({@link #of}): its ARN fields, the catalog's rules for its service field, its compiled pattern,
 * the resource types its resource part could name, whether its fields fit them, and which types
 * it could name. Four checks ask these questions about every value, often about the same value in
 * several statements.
 */
final class ResourceValue {

    private static final ValueFact<ResourceValue> FACT = ValueFact.of(ResourceValue::new);
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final String text;
    private final ResourceArn arn;
    private final ArnServiceRules rules;
    private ArnPattern pattern;
    private List<ResourceType> partTypes;
    private byte wellFormed = UNKNOWN;
    // Types asked about so far and the answers; a value is matched against a handful of types.
    private ResourceType[] asked = new ResourceType[4];
    private boolean[] answers = new boolean[4];
    private int askedCount;

    private ResourceValue(CheckContext context, String text) {
        this.text = text;
        this.arn = ResourceArn.parseOrNull(text);
        this.rules = arn != null && ResourceArn.literal(arn.service())
                ? context.catalog().arnService(arn.service()).orElse(null) : null;
    }

    static ResourceValue of(CheckContext context, String value) {
        return context.fact(FACT, value);
    }

    /** The ARN fields; null when the value is not {@code arn:} and five more fields. */
    ResourceArn arn() {
        return arn;
    }

    /** The catalog's formats for the ARN's service field, when it is plain text the catalog knows; else null. */
    ArnServiceRules rules() {
        return rules;
    }

    /** An ARN with a literal service field the catalog knows: only such a value is judged against resource types. */
    boolean judged() {
        return rules != null;
    }

    ArnPattern pattern() {
        if (pattern == null) {
            pattern = ArnPattern.of(text);
        }
        return pattern;
    }

    /** The types of {@link #rules()} whose resource part could match this value's; only for {@link #judged()} values. */
    List<ResourceType> partTypes(CheckContext context) {
        if (partTypes == null) {
            ArnPattern part = pattern().resourcePart();
            partTypes = context.resourceTypesMatchingResourcePart(rules, part != null ? part : ArnPattern.of(arn.resource()));
        }
        return partTypes;
    }

    /**
     * Whether the resource part, Region and account fit the service's formats ({@link ArnFields});
     * {@code at} is any place the value is written (the answer does not depend on it).
     */
    boolean wellFormed(CheckContext context, Text at) {
        if (wellFormed == UNKNOWN) {
            judge(context, at, new ArrayList<>());
        }
        return wellFormed == YES;
    }

    /** Adds {@link ArnFields}'s findings for this value written at {@code at} to {@code out}, and remembers whether there were any. */
    void judge(CheckContext context, Text at, List<Finding> out) {
        wellFormed = ArnFields.judge(context, this, at, out) ? YES : NO;
    }

    private static boolean contains(List<ResourceType> types, ResourceType type) {
        for (ResourceType t : types) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    /** Whether this value could name a resource of the type ({@link ResourceType#matches}). */
    boolean matches(ResourceType type) {
        for (int i = 0; i < askedCount; i++) {
            if (asked[i] == type) {
                return answers[i];
            }
        }
        // A type whose resource part is already known to fit needs only its other fields judged.
        boolean answer = partTypes != null && pattern().resourcePart() != null && contains(partTypes, type)
                ? type.arnFormat().fieldsMatch(pattern()) : type.matches(pattern());
        if (askedCount == asked.length) {
            asked = Arrays.copyOf(asked, askedCount * 2);
            answers = Arrays.copyOf(answers, askedCount * 2);
        }
        asked[askedCount] = type;
        answers[askedCount++] = answer;
        return answer;
    }
}
