package dev.keyless.gate;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.lint.PolicyValidator;

import java.util.ArrayList;
import java.util.List;

/** Every finding of every readable policy document, from the validator the rule book used. */
public final class PolicyFindings {

    private PolicyFindings() {}

    public static List<DocumentFinding> of(List<PolicyDocument> documents, PolicyValidator validator) {
        List<DocumentFinding> out = new ArrayList<>();
        for (PolicyDocument d : documents) {
            if (d.document().isEmpty()) {
                continue;
            }
            for (Finding f : validator.validate(d.kind().request(d.document().get().text())).findings()) {
                out.add(new DocumentFinding(d, f));
            }
        }
        return List.copyOf(out);
    }
}
