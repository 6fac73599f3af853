package dev.keyless.compliance;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.policy.parse.PolicyReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stack's policy documents through ValidatePolicy (Access Analyzer's, or keyless's offline one:
 * whichever {@link PolicyValidator} it is given), each as the policy type IAM attaches it as: trust
 * policies as {@code RESOURCE_POLICY} + {@code AWS::IAM::AssumeRolePolicyDocument}, permission
 * policies as {@code IDENTITY_POLICY}, bucket policies as {@code RESOURCE_POLICY} +
 * {@code AWS::S3::Bucket}. ERROR and SECURITY_WARNING findings are violations, as in AWS's own
 * policy validators; a document keyless cannot read is one too (fail closed).
 */
public final class AccessAnalyzerReview {

    private final StackIndex index;
    private final PolicyValidator validator;

    public AccessAnalyzerReview(StackIndex index, PolicyValidator validator) {
        this.index = index;
        this.validator = validator;
    }

    public List<Violation> trustPolicies() {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            check(role.label() + " trust policy", role.trustPolicy(), ValidateRequest::trust, out);
        }
        return out;
    }

    public List<Violation> attachedPolicies() {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            for (AttachedPolicy p : role.policies()) {
                check(role.label() + ", " + p.via(), p.document(), ValidateRequest::identity, out);
            }
        }
        return out;
    }

    /** Every bucket policy; a stack without one has nothing to find. */
    public List<Violation> bucketPolicies() {
        List<Violation> out = new ArrayList<>();
        for (BucketPolicy p : index.bucketPolicies()) {
            check(p.label(), p.document(), ValidateRequest::bucket, out);
        }
        return out;
    }

    /** One role trust policy given as text, e.g. as IAM holds it after a deploy. */
    public static List<Violation> trustPolicy(PolicyValidator validator, String what, String text) {
        List<Violation> out = new ArrayList<>();
        check(validator, what, Optional.of(PolicyReader.read(text)), ValidateRequest::trust, out);
        return out;
    }

    /** One identity policy given as text: as IAM holds it after a deploy, or a file such as the verifier's. */
    public static List<Violation> permissionPolicy(PolicyValidator validator, String what, String text) {
        List<Violation> out = new ArrayList<>();
        check(validator, what, Optional.of(PolicyReader.read(text)), ValidateRequest::identity, out);
        return out;
    }

    private void check(String what, Optional<ParsedPolicy> document, Function<String, ValidateRequest> request,
                       List<Violation> out) {
        check(validator, what, document, request, out);
    }

    private static void check(PolicyValidator validator, String what, Optional<ParsedPolicy> document,
                              Function<String, ValidateRequest> request, List<Violation> out) {
        if (document.isEmpty()) {
            out.add(new Violation(what, "has no policy text in the stack, so it cannot be validated"));
            return;
        }
        for (Finding f : validator.validate(request.apply(document.get().text())).findings()) {
            if (f.findingType() == FindingType.ERROR || f.findingType() == FindingType.SECURITY_WARNING) {
                String at = f.locations().isEmpty() ? "" : " at " + f.locations().get(0).path();
                out.add(new Violation(what, f.findingType() + " " + f.issueCode() + at + ": " + f.findingDetails()));
            }
        }
    }
}
