package dev.keyless.policy.lint;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.ArnPattern;
import dev.keyless.policy.catalog.ArnServiceRules;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;
import dev.keyless.policy.parse.ParsedPolicy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every check sees for one validation: the request, the parsed document, its model and the
 * IAM catalog. It also remembers wildcard expansions and compiled ARN patterns, because several
 * checks ask the same questions about the same values and those answers are the expensive part of
 * a validation. One context serves one validation on one thread.
 */
public final class CheckContext {

    private final ValidateRequest request;
    private final ParsedPolicy parsed;
    private final Policy policy;
    private final IamCatalog catalog;
    private final Map<String, List<Action>> expansions = new HashMap<>();
    private final Map<String, ArnPattern> arnPatterns = new HashMap<>();
    private final Map<String, List<ResourceType>> resourceParts = new HashMap<>();
    private final Map<ResourceType, Map<String, Boolean>> typeMatches = new HashMap<>();
    private List<JsonValue.JsonObject> rawStatements;
    private int sizeWithoutWhitespace = -1;

    public CheckContext(ValidateRequest request, ParsedPolicy parsed, Policy policy) {
        this(request, parsed, policy, IamCatalog.builtIn());
    }

    public CheckContext(ValidateRequest request, ParsedPolicy parsed, Policy policy, IamCatalog catalog) {
        this.request = request;
        this.parsed = parsed;
        this.policy = policy;
        this.catalog = catalog;
    }

    public ValidateRequest request() {
        return request;
    }

    public ParsedPolicy parsed() {
        return parsed;
    }

    public Policy policy() {
        return policy;
    }

    public IamCatalog catalog() {
        return catalog;
    }

    public boolean isIdentityPolicy() {
        return request.policyType() == PolicyType.IDENTITY_POLICY;
    }

    public boolean isResourcePolicy() {
        return request.policyType() == PolicyType.RESOURCE_POLICY;
    }

    public boolean isServiceControlPolicy() {
        return request.policyType() == PolicyType.SERVICE_CONTROL_POLICY;
    }

    public boolean isResourceControlPolicy() {
        return request.policyType() == PolicyType.RESOURCE_CONTROL_POLICY;
    }

    public boolean isRoleTrustPolicy() {
        return request.isRoleTrustPolicy();
    }

    /**
     * The catalog actions an Action/NotAction value names ({@link IamCatalog#expand}), remembered
     * for the rest of this validation. Empty for a value that names no action.
     */
    public List<Action> expand(String actionValue) {
        String key = actionValue.toLowerCase(Locale.ROOT);
        List<Action> hit = expansions.get(key);
        if (hit == null) {
            hit = catalog.expand(actionValue);
            expansions.put(key, hit);
        }
        return hit;
    }

    /**
     * Whether an Action/NotAction value names any action. Uses a remembered expansion when there is
     * one, else asks the catalog, which stops at the first match.
     */
    public boolean namesAnyAction(String actionValue) {
        List<Action> known = expansions.get(actionValue.toLowerCase(Locale.ROOT));
        return known != null ? !known.isEmpty() : catalog.anyActionMatches(actionValue);
    }

    /** A Resource/NotResource value compiled for matching, remembered for the rest of this validation. */
    public ArnPattern arnPattern(String resourceValue) {
        return arnPatterns.computeIfAbsent(resourceValue, ArnPattern::of);
    }

    /**
     * The resource types of an ARN service ({@code rules}) whose format's resource part could match
     * {@code resourcePart} ({@link ArnServiceRules#resourceTypesMatchingResourcePart}), remembered
     * for the rest of this validation: the same ARN often appears in several statements.
     */
    public List<ResourceType> resourceTypesMatchingResourcePart(ArnServiceRules rules, String resourcePart) {
        String key = rules.service() + ':' + resourcePart;
        List<ResourceType> hit = resourceParts.get(key);
        if (hit == null) {
            hit = rules.resourceTypesMatchingResourcePart(resourcePart);
            resourceParts.put(key, hit);
        }
        return hit;
    }

    /**
     * Whether a Resource value could name a resource of the type ({@link ResourceType#matches}),
     * remembered for the rest of this validation: statements often repeat a bucket ARN.
     */
    public boolean typeMatches(ResourceType type, String resourceValue) {
        Map<String, Boolean> byValue = typeMatches.computeIfAbsent(type, t -> new HashMap<>());
        Boolean hit = byValue.get(resourceValue);
        if (hit == null) {
            hit = type.matches(arnPattern(resourceValue));
            byValue.put(resourceValue, hit);
        }
        return hit;
    }

    /** The document's size as IAM counts it against its quotas ({@link PolicySize}), computed once. */
    public int sizeWithoutWhitespace() {
        if (sizeWithoutWhitespace < 0) {
            sizeWithoutWhitespace = PolicySize.withoutWhitespace(parsed.text());
        }
        return sizeWithoutWhitespace;
    }

    /** The statement's object as written, with every member whatever its type. */
    public Optional<JsonValue.JsonObject> rawStatement(Statement statement) {
        List<JsonValue.JsonObject> all = rawStatements();
        int i = statement.index();
        return i < all.size() && all.get(i) != null ? Optional.of(all.get(i)) : Optional.empty();
    }

    /** The statement objects by index (null where the item is not an object), found once. */
    private List<JsonValue.JsonObject> rawStatements() {
        if (rawStatements == null) {
            List<JsonValue.JsonObject> found = new ArrayList<>();
            Optional<JsonValue> st = parsed.root().flatMap(r -> r.get("Statement"));
            if (st.isPresent() && st.get() instanceof JsonValue.JsonArray a) {
                for (JsonValue item : a.items()) {
                    found.add(item instanceof JsonValue.JsonObject o ? o : null);
                }
            } else if (st.isPresent() && st.get() instanceof JsonValue.JsonObject o) {
                found.add(o);
            }
            rawStatements = found;
        }
        return rawStatements;
    }

    /**
     * Whether the statement has the element in the source, whatever its JSON type. The model leaves
     * an element of the wrong type out (the reader reports DATA_TYPE_MISMATCH for it), so "absent
     * in the model" alone must not become "missing".
     */
    public boolean hasElement(Statement statement, String name) {
        return rawStatement(statement).flatMap(o -> o.member(name)).isPresent();
    }

    /** The element's value as written, whatever its JSON type. */
    public Optional<JsonValue> rawElement(Statement statement, String name) {
        return rawStatement(statement).flatMap(o -> o.get(name));
    }
}
