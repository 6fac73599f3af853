package dev.keyless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.UserError;
import dev.keyless.io.AwsCliJson;
import dev.keyless.io.InputLimit;
import dev.keyless.io.StrictJson;
import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.ReasonSummary;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code keyless check-access-not-granted}: Access Analyzer's {@code CheckAccessNotGranted}, offline or
 * ({@code --live}) by Access Analyzer itself, with its request options and response shape; any number
 * of actions and resources, sent live 100 × 100 at a time. FAIL exits with 2, like a blocking finding.
 */
@Command(name = "check-access-not-granted",
        header = "Access Analyzer's CheckAccessNotGranted: PASS or FAIL.",
        mixinStandardHelpOptions = true,
        description = {"Check that a policy grants none of the listed actions (on the listed resources), as IAM Access",
                "Analyzer's CheckAccessNotGranted does. Offline the check is conservative: it may FAIL where Access",
                "Analyzer could prove a condition or deny removes the access, never PASS where access is granted."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PASS", "1:bad input, a malformed policy, or (--live) AWS could not be asked",
                "2:FAIL: the policy grants some of the access"})
public final class CheckAccessNotGrantedCommand implements Callable<Integer> {

    @Option(names = "--policy-document", required = true, paramLabel = "POLICY",
            description = "The policy: file://PATH or the JSON itself.")
    String policyDocument;

    @Option(names = "--access", required = true, paramLabel = "ACCESS",
            description = "What must not be granted: file://PATH, or [{\"actions\": [...], \"resources\": [...]}],"
                    + " or actions=A,B")
    String access;

    @Option(names = "--policy-type", required = true, paramLabel = "TYPE",
            description = "IDENTITY_POLICY or RESOURCE_POLICY")
    String policyType;

    @Option(names = "--live", description = "Ask IAM Access Analyzer instead of the offline check (AWS credentials"
            + " needed; each request is billed by AWS). Same as KEYLESS_MODE=live.")
    boolean live;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AccessCheckPolicyType type;
        try {
            type = AccessCheckPolicyType.valueOf(policyType);
        } catch (IllegalArgumentException e) {
            throw new UserError("--policy-type must be IDENTITY_POLICY or RESOURCE_POLICY, not " + policyType);
        }
        String policy = Inputs.text(policyDocument, "--policy-document");
        List<String> actions = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        readAccess(Inputs.text(access, "--access", InputLimit.ACCESS), actions, resources);
        if (actions.isEmpty() && resources.isEmpty()) {
            throw new UserError("--access: name at least one action or resource");
        }
        CheckResult result;
        try (Backends backends = Backends.select(RunMode.choose(live))) {
            result = backends.customChecks().checkAccessNotGranted(new AccessNotGrantedRequest(policy, type, actions, resources));
        }
        String json = AwsCliJson.pretty(g -> {
            g.writeStartObject();
            g.writeStringField("result", result.result().name());
            g.writeStringField("message", result.message());
            if (!result.reasons().isEmpty()) {
                g.writeArrayFieldStart("reasons");
                for (ReasonSummary r : result.reasons()) {
                    g.writeStartObject();
                    if (r.description().isPresent()) {
                        g.writeStringField("description", r.description().get());
                    }
                    if (r.statementIndex().isPresent()) {
                        g.writeNumberField("statementIndex", r.statementIndex().get());
                    }
                    if (r.statementId().isPresent()) {
                        g.writeStringField("statementId", r.statementId().get());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return result.passed() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }

    /** The AWS JSON form, or the CLI shorthand {@code actions=A,B} for actions only. */
    private static void readAccess(String text, List<String> actions, List<String> resources) {
        String t = text.trim();
        if (t.startsWith("actions=")) {
            for (String a : t.substring("actions=".length()).split(",", -1)) {
                String action = a.replace("\"", "").strip();
                if (action.isEmpty()) {
                    throw new UserError("--access: actions=" + t.substring("actions=".length())
                            + " names an empty action; write actions=s3:PutObject,s3:DeleteObject");
                }
                actions.add(action);
            }
            return;
        }
        JsonNode root = StrictJson.readTree(t, "--access");
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
