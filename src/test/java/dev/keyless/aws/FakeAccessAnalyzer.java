package dev.keyless.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.UserError;
import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.eval.OfflineCustomPolicyChecks;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingJson;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fake's IAM Access Analyzer: answers computed from each request. ValidatePolicy's findings are
 * keyless's offline checker's, paged by {@code maxResults} / {@code nextToken}; CheckAccessNotGranted
 * is the offline check, refusing more than 100 actions or resources per request as the API does;
 * CheckNoPublicAccess and CheckNoNewAccess follow {@link FakePolicyRules}. Requests the API would
 * refuse get its ValidationException.
 */
final class FakeAccessAnalyzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PER_REQUEST = 100;

    private final OfflinePolicyValidator validator = new OfflinePolicyValidator();
    private final OfflineCustomPolicyChecks checks = new OfflineCustomPolicyChecks();
    private final int pageSize;

    FakeAccessAnalyzer(int pageSize) {
        this.pageSize = pageSize;
    }

    FakeAnswer answer(String path, String body, String nextToken) {
        JsonNode req;
        try {
            req = JSON.readTree(body);
        } catch (Exception e) {
            return invalid("the request body is not JSON");
        }
        try {
            return switch (path) {
                case FakeAws.VALIDATE -> validate(req, nextToken);
                case FakeAws.ACCESS_NOT_GRANTED -> accessNotGranted(req);
                case FakeAws.NO_PUBLIC_ACCESS -> result(FakePolicyRules.noPublicAccess(text(req, "policyDocument"),
                        text(req, "resourceType")));
                case FakeAws.NO_NEW_ACCESS -> result(FakePolicyRules.noNewAccess(text(req, "newPolicyDocument"),
                        text(req, "existingPolicyDocument")));
                default -> FakeAnswer.jsonError(404, "ResourceNotFoundException", "no such operation: " + path);
            };
        } catch (IllegalArgumentException e) {
            return invalid(String.valueOf(e.getMessage()));
        }
    }

    private FakeAnswer validate(JsonNode req, String nextToken) {
        PolicyType type;
        try {
            type = PolicyType.valueOf(text(req, "policyType"));
        } catch (IllegalArgumentException | NullPointerException e) {
            return invalid("policyType must be one of IDENTITY_POLICY, RESOURCE_POLICY, SERVICE_CONTROL_POLICY,"
                    + " RESOURCE_CONTROL_POLICY");
        }
        Optional<String> resourceType = Optional.ofNullable(text(req, "validatePolicyResourceType"));
        if (resourceType.isPresent() && type != PolicyType.RESOURCE_POLICY) {
            return invalid("validatePolicyResourceType is only valid with RESOURCE_POLICY");
        }
        List<Finding> all = validator.validate(new ValidateRequest(text(req, "policyDocument"), type, resourceType)).findings();
        int from = nextToken == null ? 0 : Integer.parseInt(nextToken.substring("page-".length()));
        int to = Math.min(all.size(), from + pageSize);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : all.subList(from, to)) {
            FindingJson.write(findings.addObject(), f);
        }
        if (to < all.size()) {
            root.put("nextToken", "page-" + to);
        }
        return FakeAnswer.json(root.toString());
    }

    private FakeAnswer accessNotGranted(JsonNode req) {
        JsonNode access = req.path("access");
        if (!access.isArray() || access.size() != 1) {
            return invalid("access must hold exactly one entry");
        }
        List<String> actions = strings(access.get(0).path("actions"));
        List<String> resources = strings(access.get(0).path("resources"));
        if (actions.size() > MAX_PER_REQUEST || resources.size() > MAX_PER_REQUEST) {
            return invalid("Member must have length less than or equal to 100 (access.0."
                    + (actions.size() > MAX_PER_REQUEST ? "actions" : "resources") + ")");
        }
        try {
            return result(checks.checkAccessNotGranted(new AccessNotGrantedRequest(text(req, "policyDocument"),
                    AccessCheckPolicyType.valueOf(text(req, "policyType")), actions, resources)));
        } catch (UserError | IllegalArgumentException | NullPointerException e) {
            return invalid(String.valueOf(e.getMessage()));
        }
    }

    private static FakeAnswer result(CheckResult r) {
        ObjectNode root = JSON.createObjectNode().put("result", r.result().name()).put("message", r.message());
        if (!r.reasons().isEmpty()) {
            ArrayNode reasons = root.putArray("reasons");
            r.reasons().forEach(reason -> {
                ObjectNode o = reasons.addObject();
                reason.description().ifPresent(d -> o.put("description", d));
                reason.statementIndex().ifPresent(i -> o.put("statementIndex", i));
                reason.statementId().ifPresent(id -> o.put("statementId", id));
            });
        }
        return FakeAnswer.json(root.toString());
    }

    private static FakeAnswer invalid(String message) {
        return FakeAnswer.jsonError(400, "ValidationException", message);
    }

    private static String text(JsonNode req, String field) {
        JsonNode n = req.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
