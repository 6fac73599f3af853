package dev.keyless.aws;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.lint.ValidationResult;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.Locale;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyRequest;
import software.amazon.awssdk.services.accessanalyzer.model.ValidatePolicyResponse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validate-policy port answered by IAM Access Analyzer's {@code ValidatePolicy}: the same
 * request the offline validator takes, every page of findings, each finding exactly as AWS wrote
 * it. A role trust policy goes as {@code RESOURCE_POLICY} with resource type
 * {@code AWS::IAM::AssumeRolePolicyDocument} ({@link ValidateRequest#trust}).
 *
 * <p>Findings come back in AWS's order; the port's "document order" is AWS's to keep here.
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html">ValidatePolicy</a>
 */
public final class AccessAnalyzerPolicyValidator implements PolicyValidator {

    /** A policy of at most 131,072 characters cannot have more findings than this many pages hold. */
    static final int MAX_PAGES = 200;

    private final LiveCalls calls;

    public AccessAnalyzerPolicyValidator(AwsClients clients) {
        this.calls = new LiveCalls(clients);
    }

    @Override
    public ValidationResult validate(ValidateRequest request) {
        AccessAnalyzerClient client = calls.clients().accessAnalyzer();
        List<Finding> findings = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            ValidatePolicyRequest.Builder b = ValidatePolicyRequest.builder()
                    .policyDocument(request.policyDocument())
                    .policyType(request.policyType().name())
                    // English, so that live findingDetails read like the offline validator's.
                    .locale(Locale.EN)
                    .nextToken(token);
            request.resourceType().ifPresent(b::validatePolicyResourceType);
            ValidatePolicyResponse page = calls.run(AwsOperation.VALIDATE_POLICY, () -> client.validatePolicy(b.build()));
            if (!page.hasFindings()) {
                throw LiveCallException.malformed(AwsOperation.VALIDATE_POLICY, "no findings list (the API requires one)");
            }
            for (var f : page.findings()) {
                try {
                    findings.add(AccessAnalyzerFindings.read(f));
                } catch (AccessAnalyzerFindings.Malformed e) {
                    throw LiveCallException.malformed(AwsOperation.VALIDATE_POLICY, e.getMessage());
                }
            }
            token = blankToNull(page.nextToken());
            if (token != null && !tokens.add(token)) {
                throw LiveCallException.malformed(AwsOperation.VALIDATE_POLICY, "the same nextToken twice");
            }
            if (++pages >= MAX_PAGES && token != null) {
                throw LiveCallException.malformed(AwsOperation.VALIDATE_POLICY, "more than " + MAX_PAGES + " pages");
            }
        } while (token != null);
        return new ValidationResult(findings);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
