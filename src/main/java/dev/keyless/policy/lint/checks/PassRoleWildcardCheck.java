package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PASS_ROLE_WITH_* security warnings: an Allow statement that grants {@code iam:PassRole} on
 * roles it cannot name. Passing a role hands its permissions to a service (an EC2 instance, a Lambda
 * function), so PassRole on every role is a privilege escalation path.
 * <ul>
 *   <li>Resource with a wildcard that can match a role ARN: PASS_ROLE_WITH_STAR_IN_RESOURCE
 *       ({@code iam:PassRole} named), PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE (an action wildcard
 *       covers it), PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION (NotAction does not exclude it).
 *       A positive {@code iam:PassedToService} condition is the remedy AWS's message offers, so it
 *       silences these three.</li>
 *   <li>NotResource: PASS_ROLE_WITH_NOT_RESOURCE, PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE,
 *       PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html">Grant a user permissions to pass a role to an AWS service</a>
 */
public final class PassRoleWildcardCheck implements PolicyCheck {

    private static final String PASS_ROLE = "iam:PassRole";
    /** A role ARN; a wildcard pattern "can name roles" when its literal prefix can begin one. */
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");

    private enum Grant { NONE, NAMED, WILDCARD, NOT_ACTION }

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            if (!s.allows()) {
                continue;
            }
            Text named = s.action().map(a -> first(a, false)).orElse(null);
            Text wildcard = named != null ? null : s.action().map(a -> first(a, true)).orElse(null);
            boolean notAction = s.notAction().filter(PassRoleWildcardCheck::excludesNoPassRole).isPresent();
            Grant grant = named != null ? Grant.NAMED : wildcard != null ? Grant.WILDCARD
                    : notAction ? Grant.NOT_ACTION : Grant.NONE;
            if (grant == Grant.NONE) {
                continue;
            }
            Location where = grant == Grant.NAMED ? named.location()
                    : grant == Grant.WILDCARD ? wildcard.location() : s.notAction().get().location();
            if (s.notResource().isPresent()) {
                IssueCode code = grant == Grant.NAMED ? IssueCode.PASS_ROLE_WITH_NOT_RESOURCE
                        : grant == Grant.WILDCARD ? IssueCode.PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE
                        : IssueCode.PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE;
                out.add(Finding.of(code, code.template(), where));
            } else if (s.resource().filter(PassRoleWildcardCheck::namesRolesByWildcard).isPresent()
                    && !limitsPassedToService(s)) {
                IssueCode code = grant == Grant.NAMED ? IssueCode.PASS_ROLE_WITH_STAR_IN_RESOURCE
                        : grant == Grant.WILDCARD ? IssueCode.PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE
                        : IssueCode.PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION;
                out.add(Finding.of(code, code.template(), where));
            }
        }
    }

    /**
     * The first value that names iam:PassRole, ignoring case: written out ({@code wildcards} false)
     * or as a pattern that covers it ({@code wildcards} true); null when none does.
     */
    private static Text first(ElementList list, boolean wildcards) {
        for (Text t : list.values()) {
            String v = t.value();
            boolean hit = wildcards ? Wildcard.hasWildcard(v) && Wildcard.matchesIgnoringCase(v, PASS_ROLE) : v.equalsIgnoreCase(PASS_ROLE);
            if (hit) {
                return t;
            }
        }
        return null;
    }

    /** No NotAction value matches iam:PassRole, so the statement's NotAction leaves it allowed. */
    private static boolean excludesNoPassRole(ElementList notAction) {
        for (Text t : notAction.values()) {
            if (Wildcard.matchesIgnoringCase(t.value(), PASS_ROLE)) {
                return false;
            }
        }
        return true;
    }

    static boolean namesRolesByWildcard(ElementList resources) {
        for (Text t : resources.values()) {
            String v = t.value();
            if (!Wildcard.hasWildcard(v)) {
                continue;
            }
            int cut = v.length();
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) == '*' || v.charAt(i) == '?') {
                    cut = i;
                    break;
                }
            }
            Matcher m = ROLE_ARN.matcher(v.substring(0, cut));
            if (m.matches() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    private static boolean limitsPassedToService(Statement s) {
        return s.conditions().stream().anyMatch(c -> c.key().value().equalsIgnoreCase("iam:PassedToService")
                && ConditionOperator.parse(c.operator().value())
                .filter(op -> !op.base().negated() && !op.ifExists()
                        && op.qualifier() != ConditionOperator.Qualifier.FOR_ALL_VALUES)
                .isPresent());
    }
}
