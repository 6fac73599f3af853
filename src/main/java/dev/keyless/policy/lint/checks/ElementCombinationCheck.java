package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.JsonValue;

import java.util.List;

/**
 * UNSUPPORTED_ELEMENT_COMBINATION (ERROR): Action with NotAction, Principal with NotPrincipal or
 * Resource with NotResource in one statement. IAM rejects these pairs; reported at the Not element.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">Policy grammar</a>
 */
public final class ElementCombinationCheck implements PolicyCheck {

    private static final List<String> ELEMENTS = List.of("Principal", "Action", "Resource");
    private static final List<String> NEGATED = List.of("NotPrincipal", "NotAction", "NotResource");

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            for (int i = 0; i < ELEMENTS.size(); i++) {
                String element = ELEMENTS.get(i);
                String negated = NEGATED.get(i);
                if (context.hasElement(s, element)) {
                    context.rawElement(s, negated).map(JsonValue::location).ifPresent(at -> out.add(Finding.of(
                            IssueCode.UNSUPPORTED_ELEMENT_COMBINATION,
                            IssueCode.UNSUPPORTED_ELEMENT_COMBINATION.details("element1", element, "element2", negated), at)));
                }
            }
        }
    }
}
