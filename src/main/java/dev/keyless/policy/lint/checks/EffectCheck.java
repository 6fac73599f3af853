package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.Locations;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Statement;

import java.util.List;

/**
 * MISSING_EFFECT and INVALID_EFFECT (ERROR): every statement needs an Effect of exactly
 * {@code Allow} or {@code Deny}; IAM compares the value case-sensitively, so {@code allow} is as
 * invalid as {@code Maybe}. An Effect of the wrong JSON type is the reader's DATA_TYPE_MISMATCH.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html">Effect element</a>
 */
public final class EffectCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            if (s.effect().isPresent()) {
                if (s.effectValue().isEmpty()) {
                    out.add(Finding.of(IssueCode.INVALID_EFFECT,
                            IssueCode.INVALID_EFFECT.details("effect", s.effect().get().value()), s.effect().get().location()));
                }
            } else if (!context.hasElement(s, "Effect")) {
                out.add(Finding.of(IssueCode.MISSING_EFFECT, IssueCode.MISSING_EFFECT.template(), Locations.opening(s.location())));
            }
        }
    }
}
