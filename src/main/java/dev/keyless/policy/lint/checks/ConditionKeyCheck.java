package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.List;

/**
 * Condition keys that do not exist: INVALID_CONDITION_KEY_FORMAT (not {@code service:keyname}),
 * INVALID_GLOBAL_CONDITION_KEY (an unknown {@code aws:} key), UNSUPPORTED_GLOBAL_CONDITION_KEY
 * ({@code aws:ARN}), MISSING_TAG_KEY_IN_CONDITION ({@code aws:ResourceTag} without a tag key),
 * INVALID_SERVICE_CONDITION_KEY (a known prefix without that key) and INVALID_SERVICE (an unknown
 * prefix). A misspelt key is never in the request context, so an Allow condition on it never matches
 * and a Deny condition never applies: the policy silently does something else than written.
 *
 * <p>Keys of OIDC identity providers are never reported as unknown; see {@link ConditionKeyLookup}.
 */
public final class ConditionKeyCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        ConditionKeyLookup keys = new ConditionKeyLookup(context.catalog());
        for (Statement s : context.policy().statements()) {
            for (ConditionClause c : s.conditions()) {
                judge(keys, c.key(), out);
            }
        }
    }

    private static void judge(ConditionKeyLookup keys, Text key, List<Finding> out) {
        String name = key.value();
        ConditionKeyLookup.Result r = keys.lookUp(name);
        switch (r.kind()) {
            case KNOWN, OIDC_PROVIDER_KEY -> { }
            case BAD_FORMAT -> out.add(Finding.of(IssueCode.INVALID_CONDITION_KEY_FORMAT,
                    IssueCode.INVALID_CONDITION_KEY_FORMAT.template(), key.location()));
            case MISSING_TAG_KEY -> {
                String bare = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
                out.add(Finding.of(IssueCode.MISSING_TAG_KEY_IN_CONDITION, IssueCode.MISSING_TAG_KEY_IN_CONDITION
                        .details("conditionKeyName", bare + "/"), key.location()));
            }
            case UNKNOWN_GLOBAL -> {
                // aws:ARN is the one retired global key Access Analyzer names in its own check.
                if (name.equalsIgnoreCase("aws:ARN")) {
                    out.add(Finding.of(IssueCode.UNSUPPORTED_GLOBAL_CONDITION_KEY,
                            IssueCode.UNSUPPORTED_GLOBAL_CONDITION_KEY.template(), key.location()));
                } else {
                    out.add(Finding.of(IssueCode.INVALID_GLOBAL_CONDITION_KEY,
                            IssueCode.INVALID_GLOBAL_CONDITION_KEY.details("key", name), key.location()));
                }
            }
            case UNKNOWN_SERVICE_KEY -> out.add(Finding.of(IssueCode.INVALID_SERVICE_CONDITION_KEY,
                    IssueCode.INVALID_SERVICE_CONDITION_KEY.details("key", name, "service", r.prefix()),
                    key.location()));
            case UNKNOWN_SERVICE -> out.add(Finding.of(IssueCode.INVALID_SERVICE,
                    IssueCode.INVALID_SERVICE.details("service", r.prefix()), key.location()));
            default -> throw new IllegalStateException("unhandled key kind " + r.kind());
        }
    }
}
