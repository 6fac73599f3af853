package dev.keyless.policy.lint;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.ArnPattern;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;
import dev.keyless.policy.parse.ParsedPolicy;

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

    /** A Resource/NotResource value compiled for matching, remembered for the rest of this validation. */
    public ArnPattern arnPattern(String resourceValue) {
        return arnPatterns.computeIfAbsent(resourceValue, ArnPattern::of);
    }

    /** The statement's object as written, with every member whatever its type. */
    public Optional<JsonValue.JsonObject> rawStatement(Statement statement) {
        Optional<JsonValue> st = parsed.root().flatMap(r -> r.get("Statement"));
        if (st.isEmpty()) {
            return Optional.empty();
        }
        JsonValue v = st.get();
        if (v instanceof JsonValue.JsonArray a) {
            v = statement.index() < a.items().size() ? a.items().get(statement.index()) : null;
        }
        return v instanceof JsonValue.JsonObject o ? Optional.of(o) : Optional.empty();
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
