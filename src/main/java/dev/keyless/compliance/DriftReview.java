package dev.keyless.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.access.NoNewAccessRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drift: are the documents IAM holds for the deployed role the ones the rule book reviewed? A
 * deployed document passes when it equals a reviewed one as parsed JSON (IAM keeps the text it was
 * given, but members may come back in another order or layout), or else when Access Analyzer's
 * CheckNoNewAccess finds it grants nothing the reviewed documents do not. Permission policies are
 * compared with the union of the reviewed ones (one document holding all their statements, which is
 * how IAM evaluates a role's identity policies together); a deployed document that is not JSON
 * cannot be compared and is a violation.
 */
public final class DriftReview {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CustomPolicyChecks checks;

    public DriftReview(CustomPolicyChecks checks) {
        this.checks = checks;
    }

    /** The deployed trust policy against the reviewed one. */
    public List<Violation> trust(String what, String reviewed, String deployed) {
        List<Violation> out = new ArrayList<>();
        compare(what, deployed, List.of(reviewed), AccessCheckPolicyType.RESOURCE_POLICY, out);
        return out;
    }

    /**
     * Every deployed permission policy (name → document) against the reviewed ones. A role with no
     * reviewed policy may have no deployed one either.
     */
    public List<Violation> permissions(String what, List<String> reviewed, Map<String, String> deployed) {
        List<Violation> out = new ArrayList<>();
        deployed.forEach((name, document) -> compare(what + ", deployed policy " + name, document, reviewed,
                AccessCheckPolicyType.IDENTITY_POLICY, out));
        return out;
    }

    private void compare(String what, String deployed, List<String> reviewed, AccessCheckPolicyType type,
                         List<Violation> out) {
        Optional<JsonNode> d = parse(deployed);
        if (d.isEmpty()) {
            out.add(new Violation(what, "IAM holds a document that is not JSON, so it cannot be compared"));
            return;
        }
        if (reviewed.stream().map(DriftReview::parse).anyMatch(r -> r.equals(d))) {
            return;
        }
        if (reviewed.isEmpty()) {
            out.add(new Violation(what, "is deployed, but the reviewed stack has no such policy"));
            return;
        }
        CheckResult r = checks.checkNoNewAccess(new NoNewAccessRequest(deployed, union(reviewed), type));
        if (!r.passed()) {
            out.add(new Violation(what, "differs from the reviewed document and grants new access (CheckNoNewAccess FAIL: "
                    + CustomCheckReview.describe(r) + ")"));
        }
    }

    /** One document with every statement of the reviewed ones, in order; Sids dropped, as they may repeat across documents. */
    static String union(List<String> documents) {
        if (documents.size() == 1) {
            return documents.get(0);
        }
        ObjectNode root = JSON.createObjectNode().put("Version", "2012-10-17");
        ArrayNode statements = root.putArray("Statement");
        for (String doc : documents) {
            JsonNode st = parse(doc).map(n -> n.path("Statement")).orElse(JSON.missingNode());
            List<JsonNode> list = new ArrayList<>();
            if (st.isArray()) {
                st.forEach(list::add);
            } else if (st.isObject()) {
                list.add(st);
            }
            for (JsonNode s : list) {
                if (!s.isObject()) {
                    continue;
                }
                ObjectNode copy = s.deepCopy();
                copy.remove("Sid");
                statements.add(copy);
            }
        }
        return root.toString();
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return n == null || !n.isObject() ? Optional.empty() : Optional.of(n);
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
