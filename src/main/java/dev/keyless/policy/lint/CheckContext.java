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

    /** Stands for a fact worked out as null, so that it is not worked out again. */
    private static final Object NONE = new Object();

    private final ValidateRequest request;
    private final ParsedPolicy parsed;
    private final Policy policy;
    private final IamCatalog catalog;
    private final Map<String, List<Action>> expansions = new HashMap<>();
    /** Expansions by the value as written: a value's String is shared by every check, so its hash is computed once. */
    private final Map<String, List<Action>> expansionsAsWritten = new HashMap<>();
    private final Map<String, Map<String, List<ResourceType>>> resourceParts = new HashMap<>();
    private Map<String, Object>[] facts;
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

    public boolean isRoleTrustPolicy() {
        return request.isRoleTrustPolicy();
    }

    /**
     * The catalog actions an Action/NotAction value names ({@link IamCatalog#expand}), remembered
     * for the rest of this validation. Empty for a value that names no action.
     */
    public List<Action> expand(String actionValue) {
        List<Action> hit = expansionsAsWritten.get(actionValue);
        if (hit == null) {
            String key = actionValue.toLowerCase(Locale.ROOT);
            hit = expansions.get(key);
            if (hit == null) {
                hit = catalog.expand(key); // lower case already: the catalog's own toLowerCase finds nothing to change
                expansions.put(key, hit);
            }
            expansionsAsWritten.put(actionValue, hit);
        }
        return hit;
    }

    /**
     * Whether an Action/NotAction value names any action. Uses a remembered expansion when there is
     * one, else asks the catalog, which stops at the first match.
     */
    public boolean namesAnyAction(String actionValue) {
        List<Action> known = expansionsAsWritten.get(actionValue);
        if (known == null) {
            known = expansions.get(actionValue.toLowerCase(Locale.ROOT));
        }
        return known != null ? !known.isEmpty() : catalog.anyActionMatches(actionValue);
    }

    /**
     * The value of {@code fact} for {@code value}, worked out on the first request in this
     * validation and remembered: several checks ask about the same ARN or action, and the same
     * string often appears in several statements.
     */
    @SuppressWarnings("unchecked")
    public <T> T fact(ValueFact<T> fact, String value) {
        if (facts == null || facts.length <= fact.slot) {
            Map<String, Object>[] grown = new Map[fact.slot + 4];
            if (facts != null) {
                System.arraycopy(facts, 0, grown, 0, facts.length);
            }
            facts = grown;
        }
        Map<String, Object> known = facts[fact.slot];
        if (known == null) {
            known = new HashMap<>();
            facts[fact.slot] = known;
        }
        Object hit = known.get(value);
        if (hit == null) {
            hit = fact.compute.apply(this, value);
            known.put(value, hit == null ? NONE : hit);
        }
        return hit == NONE ? null : (T) hit;
    }

    /**
     * The resource types of an ARN service ({@code rules}) whose format's resource part could match
     * {@code resourcePart} ({@link ArnServiceRules#resourceTypesMatchingResourcePart}), remembered
     * for the rest of this validation: the same ARN often appears in several statements.
     */
    public List<ResourceType> resourceTypesMatchingResourcePart(ArnServiceRules rules, String resourcePart) {
        return resourceTypesMatchingResourcePart(rules, ArnPattern.of(resourcePart));
    }

    /** As {@link #resourceTypesMatchingResourcePart(ArnServiceRules, String)}, for a resource part already compiled. */
    public List<ResourceType> resourceTypesMatchingResourcePart(ArnServiceRules rules, ArnPattern resourcePart) {
        Map<String, List<ResourceType>> byPart = resourceParts.get(rules.service());
        if (byPart == null) {
            byPart = new HashMap<>();
            resourceParts.put(rules.service(), byPart);
        }
        List<ResourceType> hit = byPart.get(resourcePart.text());
        if (hit == null) {
            hit = rules.resourceTypesMatchingResourcePart(resourcePart);
            byPart.put(resourcePart.text(), hit);
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
        return Optional.ofNullable(rawStatementOrNull(statement));
    }

    private JsonValue.JsonObject rawStatementOrNull(Statement statement) {
        List<JsonValue.JsonObject> all = rawStatements();
        int i = statement.index();
        return i < all.size() ? all.get(i) : null;
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
        JsonValue.JsonObject o = rawStatementOrNull(statement);
        return o != null && o.find(name) != null;
    }

    /** The element's value as written, whatever its JSON type. */
    public Optional<JsonValue> rawElement(Statement statement, String name) {
        JsonValue.JsonObject o = rawStatementOrNull(statement);
        JsonValue.Member m = o == null ? null : o.find(name);
        return m == null ? Optional.empty() : Optional.of(m.value());
    }
}
