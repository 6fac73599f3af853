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
 * The action part of each Action and NotAction value, once its service exists (in any case: a
 * wrong-case prefix is ActionServiceCheck's):
 * <ul>
 *   <li>INVALID_ACTION (ERROR): no such action. The message suggests the action that authorizes
 *       a same-named API operation ({@code s3:HeadBucket} → {@code s3:ListBucket}, see
 *       {@link ApiOperations}), else the catalog's nearest spelling, else nothing. A value with no
 *       service prefix at all ({@code GetObject}) is an invalid action too;</li>
 *   <li>ACTION_WILDCARD_MATCHES_NO_ACTION (ERROR, keyless's own): a pattern such as
 *       {@code s3:Gett*} that matches no action. Access Analyzer documents no check for it; it
 *       grants or denies nothing, like an invalid action.</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-invalid-action">Invalid action</a>
 */
public final class ActionNameCheck implements PolicyCheck {

    private static final String DID_YOU_MEAN = " Did you mean";

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
            String v = value.value();
            if (v.equals(ActionName.ALL)) {
                continue;
            }
            ActionValue action = ActionValue.of(context, v);
            ActionName a = action.name();
            if (a == null) {
                out.add(invalidAction(v, Optional.empty(), value));
                continue;
            }
            if (a.serviceHasWildcard() || !action.serviceExistsIgnoringCase(context)) {
                continue;
            }
            if (a.nameHasWildcard()) {
                if (!context.namesAnyAction(v)) {
                    out.add(Finding.of(IssueCode.ACTION_WILDCARD_MATCHES_NO_ACTION, IssueCode.ACTION_WILDCARD_MATCHES_NO_ACTION
                            .details("action", v, "service", a.service()), value.location()));
                }
            } else if (context.expand(v).isEmpty()) { // the one action it names, remembered for the other checks
                out.add(invalidAction(v, suggestion(context, v), value));
            }
        }
    }

    private static Optional<String> suggestion(CheckContext context, String action) {
        Optional<String> authorizing = ApiOperations.authorizingAction(action);
        if (authorizing.isPresent()) {
            String operation = action.substring(action.indexOf(':') + 1);
            return Optional.of(authorizing.get() + "? The API called " + operation
                    + " authorizes against the IAM action " + authorizing.get() + ".");
        }
        return context.catalog().suggestAction(action).map(s -> s + "?");
    }

    /** The template ends "Did you mean {{valid_action}}?"; without a suggestion that sentence goes. */
    private static Finding invalidAction(String action, Optional<String> suggestion, Text at) {
        String template = IssueCode.INVALID_ACTION.details("action", action);
        String details = suggestion
                .map(s -> template.substring(0, template.indexOf(DID_YOU_MEAN)) + DID_YOU_MEAN + " " + s)
                .orElse(template.substring(0, template.indexOf(DID_YOU_MEAN)));
        return Finding.of(IssueCode.INVALID_ACTION, details, at.location());
    }
}
