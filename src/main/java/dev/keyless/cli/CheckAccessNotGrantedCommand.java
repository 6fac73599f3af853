package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.policy.eval.AccessCheckResult;
import dev.keyless.policy.eval.AccessNotGrantedCheck;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.wire.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code keyless check-access-not-granted}: Access Analyzer's {@code CheckAccessNotGranted}, offline,
 * with its request options and response shape. FAIL exits with 2, like a blocking finding.
 */
@Command(name = "check-access-not-granted", mixinStandardHelpOptions = true,
        description = {"Check that a policy grants none of the listed actions (on the listed resources), as IAM Access",
                "Analyzer's CheckAccessNotGranted does. Offline the check is conservative: it may FAIL where Access",
                "Analyzer could prove a condition or deny removes the access, never PASS where access is granted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PASS", "1:bad input or a malformed policy", "2:FAIL: the policy grants some of the access"})
public final class CheckAccessNotGrantedCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--policy-document", required = true, paramLabel = "POLICY",
            description = "The policy: file://PATH or the JSON itself.")
    String policyDocument;

    @Option(names = "--access", required = true, paramLabel = "ACCESS",
            description = "[{\"actions\": [...], \"resources\": [...]}] (file://PATH or JSON), or actions=A,B")
    String access;

    @Option(names = "--policy-type", required = true, paramLabel = "TYPE",
            description = "IDENTITY_POLICY or RESOURCE_POLICY")
    String policyType;

    @Override
    public Integer call() {
        AccessNotGrantedCheck.PolicyType type;
        try {
            type = AccessNotGrantedCheck.PolicyType.valueOf(policyType);
        } catch (IllegalArgumentException e) {
            throw new UserError("--policy-type must be IDENTITY_POLICY or RESOURCE_POLICY, not " + policyType);
        }
        String policy = Inputs.text(policyDocument, "--policy-document");
        List<String> actions = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        readAccess(Inputs.text(access, "--access"), actions, resources);
        AccessCheckResult result;
        try {
            result = AccessNotGrantedCheck.check(policy, type, actions, resources);
        } catch (EvaluationException e) {
            throw new UserError("check-access-not-granted: " + e.awsCode() + ": " + e.getMessage());
        }
        StringBuilder sb = new StringBuilder();
        JsonWriter w = new JsonWriter(sb, true);
        w.beginObject().name("result").value(result.result()).name("message").value(result.message());
        if (!result.reasons().isEmpty()) {
            w.name("reasons").beginArray();
            for (AccessCheckResult.Reason r : result.reasons()) {
                w.beginObject().name("description").value(r.description()).name("statementIndex").value(r.statementIndex());
                r.statementId().ifPresent(id -> w.name("statementId").value(id));
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
        System.out.println(sb);
        return result.pass() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }

    /** The AWS JSON form, or the CLI shorthand {@code actions=A,B} for actions only. */
    private static void readAccess(String text, List<String> actions, List<String> resources) {
        String t = text.trim();
        if (t.startsWith("actions=")) {
            actions.addAll(Arrays.asList(t.substring("actions=".length()).replace("\"", "").split(",")));
            return;
        }
        JsonNode root;
        try {
            root = JSON.readTree(t);
        } catch (Exception e) {
            throw new UserError("--access: not JSON; expected [{\"actions\": [\"s3:PutObject\"], \"resources\": [\"arn:aws:s3:::b/*\"]}]");
        }
        if (!root.isArray() || root.size() != 1 || !root.get(0).isObject()) {
            throw new UserError("--access: expected a list with one {\"actions\": [...], \"resources\": [...]} entry");
        }
        JsonNode entry = root.get(0);
        entry.fieldNames().forEachRemaining(f -> {
            if (!f.equals("actions") && !f.equals("resources")) {
                throw new UserError("--access: unknown member \"" + f + "\" (use actions and resources)");
            }
        });
        strings(entry.get("actions"), "actions", actions);
        strings(entry.get("resources"), "resources", resources);
    }

    private static void strings(JsonNode n, String name, List<String> out) {
        if (n == null) {
            return;
        }
        if (!n.isArray()) {
            throw new UserError("--access: " + name + " must be a list of strings");
        }
        for (JsonNode v : n) {
            if (!v.isTextual()) {
                throw new UserError("--access: " + name + " must be a list of strings");
            }
            out.add(v.asText());
        }
    }
}
