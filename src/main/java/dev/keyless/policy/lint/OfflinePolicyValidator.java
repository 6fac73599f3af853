package dev.keyless.policy.lint;

import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.policy.parse.PolicyReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ValidatePolicy without a network: read the document (defects of form become findings), then run
 * every registered check on the model. Findings come back in document order.
 */
public final class OfflinePolicyValidator implements PolicyValidator {

    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator
            .comparingInt((Finding f) -> f.locations().isEmpty() ? 0 : f.locations().get(0).span().start().offset())
            .thenComparing(Finding::issueCode);

    private final List<PolicyCheck> checks;
    private final IamCatalog catalog;

    public OfflinePolicyValidator() {
        this(Checks.all());
    }

    public OfflinePolicyValidator(List<PolicyCheck> checks) {
        this(checks, IamCatalog.builtIn());
    }

    public OfflinePolicyValidator(List<PolicyCheck> checks, IamCatalog catalog) {
        this.checks = List.copyOf(checks);
        this.catalog = catalog;
    }

    @Override
    public ValidationResult validate(ValidateRequest request) {
        ParsedPolicy parsed = PolicyReader.read(request.policyDocument());
        List<Finding> findings = new ArrayList<>(parsed.findings());
        parsed.policy().ifPresent(policy -> {
            CheckContext context = new CheckContext(request, parsed, policy, catalog);
            for (PolicyCheck check : checks) {
                check.check(context, findings);
            }
        });
        findings.sort(DOCUMENT_ORDER);
        return new ValidationResult(findings);
    }
}
