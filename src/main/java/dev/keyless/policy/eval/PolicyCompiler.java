package dev.keyless.policy.eval;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ConditionValue;
import dev.keyless.policy.model.Effect;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.policy.parse.PolicyReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a policy text into a {@link CompiledPolicy}, or refuses it the way IAM refuses a policy
 * ({@code MalformedPolicyDocument}): JSON or shape errors found by {@link PolicyReader}, an unknown
 * Version, a statement without a valid Effect, Action or (where required) Resource, a principal where
 * none belongs or none where one must be, an unknown condition operator. A refused policy is never
 * evaluated, so it can produce neither an allow nor a deny.
 */
final class PolicyCompiler {

    private PolicyCompiler() {}

    static CompiledPolicy compile(String text, PolicyKind kind) throws EvaluationException {
        ParsedPolicy parsed = PolicyReader.read(text);
        for (Finding f : parsed.findings()) {
            if (f.findingType() == FindingType.ERROR) {
                throw EvaluationException.malformed(f.issueCode() + ": " + f.findingDetails() + where(f.locations()));
            }
        }
        Policy policy = parsed.policy().orElseThrow(() -> EvaluationException.malformed("the policy is not a JSON object"));
        String version = policy.version().map(Text::value).orElse(Policy.VERSION_2008);
        if (!version.equals(Policy.VERSION_2012) && !version.equals(Policy.VERSION_2008)) {
            throw EvaluationException.malformed("Version \"" + version + "\" is not valid; use 2012-10-17");
        }
        if (policy.statementLocation().isEmpty()) {
            throw EvaluationException.malformed("Missing required field Statement");
        }
        boolean variables = policy.supportsVariables();
        List<CompiledStatement> out = new ArrayList<>(policy.statements().size());
        LineColumn start = null;
        for (Statement s : policy.statements()) {
            start = start == null ? StatementSpan.firstStart(policy, s) : start;
            LineColumn end = StatementSpan.end(s);
            out.add(statement(s, kind, variables, start, end));
            start = end;
        }
        return new CompiledPolicy(kind, out);
    }

    private static CompiledStatement statement(Statement s, PolicyKind kind, boolean variables,
                                               LineColumn start, LineColumn end) throws EvaluationException {
        String at = " (statement " + s.index() + s.sid().map(t -> " \"" + t.value() + "\"").orElse("") + ")";
        Effect effect = s.effect().flatMap(t -> Effect.fromJson(t.value()))
                .orElseThrow(() -> EvaluationException.malformed(s.effect().isPresent()
                        ? "Invalid effect \"" + s.effect().get().value() + "\": use Allow or Deny" + at
                        : "Missing required field Effect" + at));
        if (s.action().isPresent() == s.notAction().isPresent()) {
            throw EvaluationException.malformed((s.action().isPresent()
                    ? "A statement cannot have both Action and NotAction" : "Missing required field Action") + at);
        }
        ElementList actionList = s.actions().orElseThrow();
        if (actionList.values().isEmpty()) {
            throw EvaluationException.malformed("Action must not be empty" + at);
        }
        Glob[] actions = new Glob[actionList.values().size()];
        for (int i = 0; i < actions.length; i++) {
            String a = actionList.values().get(i).value();
            if (!a.equals("*") && a.indexOf(':') <= 0) {
                throw EvaluationException.malformed("Action \"" + a
                        + "\" must be prefaced by a vendor, e.g., iam, sdb, ec2" + at);
            }
            actions[i] = Glob.pattern(a, true);
        }
        List<String> keys = new ArrayList<>();
        CompiledStatement.ResourcePattern[] resources = resources(s, kind, variables, keys, at);
        PrincipalMatcher principal = principal(s, kind, at);
        List<ConditionClause> clauses = s.conditions();
        CompiledCondition[] conditions = new CompiledCondition[clauses.size()];
        for (int i = 0; i < conditions.length; i++) {
            conditions[i] = condition(clauses.get(i), variables, at);
            keys.add(conditions[i].key());
            conditions[i].variableKeys(keys);
        }
        return new CompiledStatement(s.index(), s.sid().map(Text::value), effect, actions, s.notAction().isPresent(),
                resources, s.notResource().isPresent(), principal, conditions, start, end, keys);
    }

    private static CompiledStatement.ResourcePattern[] resources(Statement s, PolicyKind kind, boolean variables,
                                                                 List<String> keys, String at) throws EvaluationException {
        boolean has = s.resource().isPresent() || s.notResource().isPresent();
        if (s.resource().isPresent() && s.notResource().isPresent()) {
            throw EvaluationException.malformed("A statement cannot have both Resource and NotResource" + at);
        }
        if (kind == PolicyKind.TRUST) {
            if (has) {
                throw EvaluationException.malformed("Has prohibited field Resource: a role trust policy names no resource" + at);
            }
            return null;
        }
        if (!has) {
            throw EvaluationException.malformed("Missing required field Resource" + at);
        }
        List<Text> values = s.resources().orElseThrow().values();
        CompiledStatement.ResourcePattern[] out = new CompiledStatement.ResourcePattern[values.size()];
        for (int i = 0; i < out.length; i++) {
            String r = values.get(i).value();
            if (r.equals("*")) {
                out[i] = new CompiledStatement.ResourcePattern(true, null);
                continue;
            }
            if (!r.startsWith("arn:") || ArnPattern.split(r) == null) {
                throw EvaluationException.malformed("Resource " + r + " must be in ARN format or \"*\"" + at);
            }
            // Variables are read only in the resource part, after the fifth colon (IAM User Guide, "Policy variables").
            Template t = Template.compile(r, true, variables, ArnPattern.resourcePartStart(r), false);
            t.variableKeys(keys);
            out[i] = new CompiledStatement.ResourcePattern(false, t);
        }
        return out;
    }

    private static PrincipalMatcher principal(Statement s, PolicyKind kind, String at) throws EvaluationException {
        boolean has = s.principal().isPresent() || s.notPrincipal().isPresent();
        if (kind == PolicyKind.IDENTITY) {
            if (has) {
                throw EvaluationException.malformed("Policy document should not specify a principal" + at);
            }
            return null;
        }
        if (s.principal().isPresent() && s.notPrincipal().isPresent()) {
            throw EvaluationException.malformed("A statement cannot have both Principal and NotPrincipal" + at);
        }
        if (!has) {
            throw EvaluationException.malformed("Missing required field Principal" + at);
        }
        return new PrincipalMatcher(s.principals().orElseThrow());
    }

    private static CompiledCondition condition(ConditionClause c, boolean variables, String at) throws EvaluationException {
        String opText = c.operator().value();
        Optional<ConditionOperator> op = ConditionOperator.parse(opText);
        if (op.isEmpty()) {
            throw EvaluationException.malformed("Invalid Condition type : " + opText + at);
        }
        if (op.get().base() == ConditionOperator.Base.Null && op.get().ifExists()) {
            throw EvaluationException.malformed("The Null condition operator cannot be used with IfExists: " + opText + at);
        }
        if (c.values().isEmpty()) {
            throw EvaluationException.malformed("Condition " + opText + " " + c.key().value() + " has no value" + at);
        }
        List<String> values = new ArrayList<>(c.values().size());
        for (ConditionValue v : c.values()) {
            values.add(v.text());
        }
        return new CompiledCondition(op.get(), c.key().value(), values, variables);
    }

    private static String where(List<Location> locations) {
        if (locations.isEmpty()) {
            return "";
        }
        var p = locations.get(0).span().start();
        return " (line " + p.line() + ", column " + (p.column() + 1) + ")";
    }
}
