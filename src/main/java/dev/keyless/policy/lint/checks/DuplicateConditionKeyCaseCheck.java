package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.Statement;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DUPLICATE_KEYS_WITH_DIFFERENT_CASE (ERROR): one operator block names the same condition key twice
 * with different capitalization ({@code aws:SourceIp} and {@code aws:sourceip}). Condition key names
 * are not case-sensitive, so both name one key and IAM keeps only one of the two value lists.
 * Identical spellings are the reader's DUPLICATE_KEY.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">Condition element: "Condition key names are not case-sensitive"</a>
 */
public final class DuplicateConditionKeyCaseCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            // Clauses of one operator block share the operator's source position.
            Map<Integer, Map<String, String>> seenByBlock = new HashMap<>();
            for (ConditionClause c : s.conditions()) {
                Map<String, String> seen = seenByBlock.computeIfAbsent(
                        c.operator().location().span().start().offset(), k -> new HashMap<>());
                String key = c.key().value();
                String first = seen.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
                if (first != null && !first.equals(key)) {
                    out.add(Finding.of(IssueCode.DUPLICATE_KEYS_WITH_DIFFERENT_CASE,
                            IssueCode.DUPLICATE_KEYS_WITH_DIFFERENT_CASE.details("key", key), c.key().location()));
                }
            }
        }
    }
}
