package dev.keyless.aws;

import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.MatchedStatement;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.SimulationRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The fake's IAM policy simulator: decisions computed from the request by keyless's offline evaluator,
 * not hard-coded, so a policy that grants more gets "allowed" from the fake too. It enforces the
 * request rules AWS documents for SimulateCustomPolicy and SimulatePrincipalPolicy: action names
 * without wildcards, a CallerArn that is an IAM user whenever a ResourcePolicy is given, and a
 * ResourceOwner that is an account ARN. Results are paged by MaxItems / Marker.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html">SimulateCustomPolicy</a>
 */
final class FakeIamSimulator {

    private static final Pattern USER_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:user/.+");
    private static final Pattern ACCOUNT_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:root");

    private final OfflineEvaluator evaluator = new OfflineEvaluator();
    private final FakeAccount account;
    private final int pageSize;

    FakeIamSimulator(FakeAccount account, int pageSize) {
        this.account = account;
        this.pageSize = pageSize;
    }

    FakeAnswer custom(Map<String, List<String>> form) {
        return simulate("SimulateCustomPolicy", form, FakeXml.members(form, "PolicyInputList"),
                n -> "PolicyInputList." + (n + 1), n -> "IAM Policy");
    }

    FakeAnswer principal(Map<String, List<String>> form) {
        String source = FakeXml.one(form, "PolicySourceArn");
        Optional<FakeAccount.Role> role = source == null ? Optional.empty() : account.role(source);
        if (role.isEmpty()) {
            return FakeAnswer.xmlError(404, "NoSuchEntity", "The role with name " + source + " cannot be found.");
        }
        List<String> policies = new ArrayList<>(account.permissionDocuments(role.get()));
        int own = policies.size();
        policies.addAll(FakeXml.members(form, "PolicyInputList"));
        return simulate("SimulatePrincipalPolicy", form, policies,
                n -> n < own ? account.sourcePolicyId(role.get(), n) : "PolicyInputList." + (n - own + 1),
                n -> n < own ? account.sourcePolicyType(role.get(), n) : "IAM Policy");
    }

    private FakeAnswer simulate(String action, Map<String, List<String>> form, List<String> policies,
                                IntFunction<String> sourceId, IntFunction<String> sourceType) {
        List<String> actions = FakeXml.members(form, "ActionNames");
        if (actions.isEmpty() || actions.stream().anyMatch(a -> a.contains("*") || a.contains("?"))) {
            return FakeAnswer.xmlError(400, "InvalidInput", "ActionNames must name at least one action, without wildcards.");
        }
        Optional<String> resourcePolicy = Optional.ofNullable(FakeXml.one(form, "ResourcePolicy"));
        Optional<String> caller = Optional.ofNullable(FakeXml.one(form, "CallerArn"));
        if (resourcePolicy.isPresent() && caller.filter(c -> USER_ARN.matcher(c).matches()).isEmpty()) {
            return FakeAnswer.xmlError(400, "InvalidInput", "CallerArn must be the ARN of an IAM user when a ResourcePolicy is"
                    + " given (got " + caller.orElse("none") + ").");
        }
        Optional<String> owner = Optional.ofNullable(FakeXml.one(form, "ResourceOwner"));
        if (owner.isPresent() && !ACCOUNT_ARN.matcher(owner.get()).matches()) {
            return FakeAnswer.xmlError(400, "InvalidInput", "'" + owner.get() + "' is not a valid as a Resource Owner.");
        }
        List<EvaluationResult> results;
        try {
            results = evaluator.simulateCustomPolicy(new SimulationRequest(policies,
                    FakeXml.members(form, "PermissionsBoundaryPolicyInputList"), actions,
                    FakeXml.members(form, "ResourceArns"), resourcePolicy, owner, caller, context(form), Optional.empty()));
        } catch (EvaluationException e) {
            return FakeAnswer.xmlError(400, e.awsCode(), e.getMessage());
        }
        int from = page(FakeXml.one(form, "Marker"));
        int size = Optional.ofNullable(FakeXml.one(form, "MaxItems")).map(Integer::parseInt).orElse(pageSize);
        int to = Math.min(results.size(), from + size);
        FakeXml x = FakeXml.response(action).paging(to < results.size() ? "page-" + to : null).open("EvaluationResults");
        for (EvaluationResult r : results.subList(from, to)) {
            x.open("member").leaf("EvalActionName", r.evalActionName()).leaf("EvalResourceName", r.evalResourceName())
                    .leaf("EvalDecision", r.evalDecision().json()).open("MatchedStatements");
            for (MatchedStatement m : r.matchedStatements()) {
                boolean identity = m.sourcePolicyId().startsWith("PolicyInputList.");
                int n = identity ? Integer.parseInt(m.sourcePolicyId().substring("PolicyInputList.".length())) - 1 : -1;
                x.open("member").leaf("SourcePolicyId", identity ? sourceId.apply(n) : m.sourcePolicyId())
                        .leaf("SourcePolicyType", identity ? sourceType.apply(n) : m.sourcePolicyType())
                        .open("StartPosition").leaf("Line", m.startPosition().line()).leaf("Column", m.startPosition().column())
                        .close("StartPosition")
                        .open("EndPosition").leaf("Line", m.endPosition().line()).leaf("Column", m.endPosition().column())
                        .close("EndPosition").close("member");
            }
            x.close("MatchedStatements").open("MissingContextValues");
            r.missingContextValues().forEach(k -> x.leaf("member", k));
            x.close("MissingContextValues");
            r.allowedByPermissionsBoundary().ifPresent(b -> x.open("PermissionsBoundaryDecisionDetail")
                    .leaf("AllowedByPermissionsBoundary", b).close("PermissionsBoundaryDecisionDetail"));
            x.close("member");
        }
        return FakeAnswer.xml(x.close("EvaluationResults").end(action));
    }

    /** {@code ContextEntries.member.N.ContextKeyName / ContextKeyType / ContextKeyValues.member.M}. */
    private static List<ContextEntry> context(Map<String, List<String>> form) {
        List<ContextEntry> out = new ArrayList<>();
        for (int i = 1; form.containsKey("ContextEntries.member." + i + ".ContextKeyName"); i++) {
            String p = "ContextEntries.member." + i + ".";
            ContextKeyType type = ContextKeyType.fromJson(FakeXml.one(form, p + "ContextKeyType")).orElseThrow();
            out.add(ContextEntry.of(FakeXml.one(form, p + "ContextKeyName"), type,
                    FakeXml.members(form, p + "ContextKeyValues").toArray(String[]::new)));
        }
        return out;
    }

    static int page(String marker) {
        return marker == null ? 0 : Integer.parseInt(marker.substring("page-".length()));
    }
}
