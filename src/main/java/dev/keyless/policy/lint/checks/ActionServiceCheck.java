package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.Optional;

/**
 * The service prefix of each Action and NotAction value:
 * <ul>
 *   <li>INVALID_SERVICE_IN_ACTION (ERROR) when the prefix does not exist in any case and a close
 *       one does ("Did you mean s3?"), INVALID_SERVICE (ERROR) when nothing is close;</li>
 *   <li>ACTION_SERVICE_CASE (SUGGESTION, keyless's own) when it exists only in another case
 *       ({@code SNS:Publish}, {@code cloudTrail:GetChannel}). The IAM User Guide: "The prefix and the
 *       action name are case insensitive. For example, iam:ListAccessKeys is the same as
 *       IAM:listaccesskeys." AWS writes such actions itself: Amazon SNS's default topic access policy
 *       grants {@code SNS:Publish}, and AWS managed policies (AWSAgentlessDiscoveryService,
 *       AWSConfigServiceRolePolicy, AIOpsAssistantPolicy) use {@code SNS:}, {@code cloudTrail:} and
 *       {@code S3:}. Access Analyzer's reference asks for the documented capitalization when it
 *       resolves an INVALID_SERVICE_IN_ACTION, but an action that IAM honours is no error; keyless
 *       keeps the advice as a suggestion, because text comparisons (reviews, grep, SCP diffs) miss a
 *       differently written action;</li>
 *   <li>WILDCARD_IN_ACTION_SERVICE (ERROR, keyless's own) for {@code *} or {@code ?} in the
 *       prefix: IAM rejects the document ("Action vendors ... must not contain wildcards").</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-service-in-action">Invalid service in action</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html">IAM JSON policy elements: Action</a>
 */
public final class ActionServiceCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            check(context, s.action(), out);
            check(context, s.notAction(), out);
        }
    }

    private static void check(CheckContext context, Optional<ElementList> element, List<Finding> out) {
        if (element.isEmpty()) {
            return;
        }
        for (Text value : element.get().values()) {
            ActionValue action = ActionValue.of(context, value.value());
            ActionName a = action.name();
            if (a == null) {
                continue;
            }
            if (a.serviceHasWildcard()) {
                out.add(Finding.of(IssueCode.WILDCARD_IN_ACTION_SERVICE,
                        IssueCode.WILDCARD_IN_ACTION_SERVICE.details("service", a.service(), "action", a.text()), value.location()));
            } else if (!action.serviceExists(context) && action.serviceExistsIgnoringCase(context)) {
                String prefix = context.catalog().serviceIgnoringCase(a.service()).orElseThrow().prefix();
                out.add(Finding.of(IssueCode.ACTION_SERVICE_CASE, IssueCode.ACTION_SERVICE_CASE.details(
                        "service", a.service(), "action", a.text(), "prefix", prefix), value.location()));
            } else if (!action.serviceExists(context)) {
                Optional<String> near = context.catalog().suggestService(a.service());
                out.add(near.isPresent()
                        ? Finding.of(IssueCode.INVALID_SERVICE_IN_ACTION, IssueCode.INVALID_SERVICE_IN_ACTION.details(
                                "service", a.service(), "service2", near.get()), value.location())
                        : Finding.of(IssueCode.INVALID_SERVICE, IssueCode.INVALID_SERVICE.details("service", a.service()),
                                value.location()));
            }
        }
    }
}
