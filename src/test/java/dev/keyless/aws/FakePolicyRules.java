package dev.keyless.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.NoPublicAccessRequest;
import dev.keyless.policy.access.ReasonSummary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the fake answers the two custom checks keyless has no offline engine for. These are the
 * fake's own, deliberately simple and conservative approximations (documented here, used only in
 * tests), never keyless's verdicts; they exist so that the fake answers from the request instead of
 * with a canned PASS, and so that a broken document gets a FAIL from it.
 * <ul>
 * <li>CheckNoPublicAccess fails when an Allow statement names the wildcard principal without any
 *     condition, or, for a role trust policy, trusts a public web-identity provider
 *     (accounts.google.com, Cognito, Facebook, Amazon) without pinning its {@code :aud} or {@code :sub}
 *     key with StringEquals.</li>
 * <li>CheckNoNewAccess passes only when every Allow statement of the new document is, up to order,
 *     case of actions, single values versus lists and Sids, a statement of the existing one, and no
 *     Deny statement of the existing one is missing.</li>
 * </ul>
 */
final class FakePolicyRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PUBLIC_IDPS = Set.of("accounts.google.com", "cognito-identity.amazonaws.com",
            "graph.facebook.com", "www.amazon.com");

    private FakePolicyRules() {}

    static CheckResult noPublicAccess(String document, String resourceType) {
        List<JsonNode> statements = statements(document);
        List<ReasonSummary> reasons = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonNode s = statements.get(i);
            if (!"Allow".equals(s.path("Effect").asText()) || !isPublic(s, resourceType)) {
                continue;
            }
            Optional<String> sid = Optional.ofNullable(s.get("Sid")).map(JsonNode::asText);
            reasons.add(new ReasonSummary(Optional.of("Public access granted in the following statement with "
                    + sid.map(x -> "sid: " + x).orElse("index: " + i) + "."), Optional.of(i), sid));
        }
        return reasons.isEmpty()
                ? new CheckResult(CheckResult.Result.PASS, "The resource policy does not grant public access for the given"
                        + " resource type.", List.of())
                : new CheckResult(CheckResult.Result.FAIL, "The resource policy grants public access for the given"
                        + " resource type.", reasons);
    }

    static CheckResult noNewAccess(String newDocument, String existingDocument) {
        List<JsonNode> fresh = statements(newDocument);
        List<JsonNode> existing = statements(existingDocument);
        Set<String> existingAllows = new HashSet<>();
        Set<String> freshDenies = new HashSet<>();
        existing.stream().filter(s -> "Allow".equals(s.path("Effect").asText())).forEach(s -> existingAllows.add(canonical(s)));
        fresh.stream().filter(s -> "Deny".equals(s.path("Effect").asText())).forEach(s -> freshDenies.add(canonical(s)));
        List<ReasonSummary> reasons = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            JsonNode s = fresh.get(i);
            if ("Allow".equals(s.path("Effect").asText()) && !existingAllows.contains(canonical(s))) {
                reasons.add(new ReasonSummary(Optional.of("New access in the statement with index: " + i + "."),
                        Optional.of(i), Optional.empty()));
            }
        }
        for (JsonNode s : existing) {
            if ("Deny".equals(s.path("Effect").asText()) && !freshDenies.contains(canonical(s))) {
                reasons.add(new ReasonSummary(Optional.of("New access: a Deny statement of the existing policy is gone."),
                        Optional.empty(), Optional.empty()));
            }
        }
        return reasons.isEmpty()
                ? new CheckResult(CheckResult.Result.PASS, "The modified permissions do not grant new access compared to"
                        + " your existing policy.", List.of())
                : new CheckResult(CheckResult.Result.FAIL, "The modified permissions grant new access compared to your"
                        + " existing policy.", reasons);
    }

    private static boolean isPublic(JsonNode s, String resourceType) {
        JsonNode principal = s.path("Principal");
        boolean wildcard = principal.isTextual() && principal.asText().equals("*")
                || values(principal.path("AWS")).contains("*");
        if (wildcard && !s.has("Condition")) {
            return true;
        }
        if (!NoPublicAccessRequest.ROLE_TRUST.equals(resourceType)) {
            return false;
        }
        for (String idp : values(principal.path("Federated"))) {
            if (PUBLIC_IDPS.contains(idp)) {
                Set<String> pinned = new TreeSet<>();
                s.path("Condition").path("StringEquals").fieldNames()
                        .forEachRemaining(k -> pinned.add(k.toLowerCase(Locale.ROOT)));
                if (!pinned.contains(idp + ":aud") && !pinned.contains(idp + ":sub")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The statement without its Sid, every list as a sorted set, action names in lower case. */
    private static String canonical(JsonNode s) {
        Map<String, Object> c = new TreeMap<>();
        c.put("Effect", s.path("Effect").asText());
        for (String element : List.of("Action", "NotAction")) {
            if (s.has(element)) {
                Set<String> names = new TreeSet<>();
                values(s.get(element)).forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
                c.put(element, names);
            }
        }
        for (String element : List.of("Resource", "NotResource")) {
            if (s.has(element)) {
                c.put(element, new TreeSet<>(values(s.get(element))));
            }
        }
        for (String element : List.of("Principal", "NotPrincipal", "Condition")) {
            if (s.has(element)) {
                c.put(element, nested(s.get(element)));
            }
        }
        return c.toString();
    }

    private static Object nested(JsonNode n) {
        if (!n.isObject()) {
            return new TreeSet<>(values(n));
        }
        Map<String, Object> m = new TreeMap<>();
        n.fields().forEachRemaining(e -> m.put(e.getKey().toLowerCase(Locale.ROOT), nested(e.getValue())));
        return m;
    }

    private static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        } else if (!n.isMissingNode() && !n.isNull()) {
            out.add(n.asText());
        }
        return out;
    }

    private static List<JsonNode> statements(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (Exception e) {
            throw new IllegalArgumentException("the policy document is not JSON");
        }
        JsonNode st = root.path("Statement");
        List<JsonNode> out = new ArrayList<>();
        if (st.isArray()) {
            st.forEach(out::add);
        } else if (st.isObject()) {
            out.add(st);
        }
        return out;
    }
}
