package dev.keyless.compliance;

import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.access.NoPublicAccessRequest;
import dev.keyless.policy.access.ReasonSummary;
import dev.keyless.policy.parse.ParsedPolicy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stack's documents through Access Analyzer's custom policy checks (whichever
 * {@link CustomPolicyChecks} it is given): CheckNoPublicAccess on every role trust policy
 * ({@code AWS::IAM::AssumeRolePolicyDocument}) and every bucket policy ({@code AWS::S3::Bucket}),
 * and CheckAccessNotGranted on every policy that reaches a role. A FAIL is a violation naming the
 * statements AWS reported; a document keyless cannot read, or that is not a valid policy (Access
 * Analyzer refuses such a request), is one too, and is not sent. Errors of the backend are not
 * caught: a check that could not be asked is never a pass.
 */
public final class CustomCheckReview {

    private final StackIndex index;
    private final CustomPolicyChecks checks;

    public CustomCheckReview(StackIndex index, CustomPolicyChecks checks) {
        this.index = index;
        this.checks = checks;
    }

    /** No trust policy and no bucket policy grants public access; a stack without a bucket policy has none to check. */
    public List<Violation> noPublicAccess() {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            publicAccess(role.label() + " trust policy", role.trustPolicy(), NoPublicAccessRequest.ROLE_TRUST, out);
        }
        for (BucketPolicy p : index.bucketPolicies()) {
            publicAccess(p.label(), p.document(), NoPublicAccessRequest.S3_BUCKET, out);
        }
        return out;
    }

    /** No policy of any role grants any of {@code actions}, on any resource. */
    public List<Violation> accessNotGranted(List<String> actions) {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            for (AttachedPolicy p : role.policies()) {
                String what = role.label() + ", " + p.via();
                if (unusable(what, p.document(), out)) {
                    continue;
                }
                CheckResult r = checks.checkAccessNotGranted(AccessNotGrantedRequest.actions(p.document().get().text(),
                        AccessCheckPolicyType.IDENTITY_POLICY, actions));
                if (!r.passed()) {
                    out.add(new Violation(what, "CheckAccessNotGranted FAIL: " + describe(r)));
                }
            }
        }
        return out;
    }

    private void publicAccess(String what, Optional<ParsedPolicy> document, String resourceType, List<Violation> out) {
        if (unusable(what, document, out)) {
            return;
        }
        CheckResult r = checks.checkNoPublicAccess(new NoPublicAccessRequest(document.get().text(), resourceType));
        if (!r.passed()) {
            out.add(new Violation(what, "CheckNoPublicAccess (" + resourceType + ") FAIL: " + describe(r)));
        }
    }

    private static boolean unusable(String what, Optional<ParsedPolicy> document, List<Violation> out) {
        if (document.isEmpty()) {
            out.add(new Violation(what, "has no policy text in the stack, so it cannot be checked"));
            return true;
        }
        if (document.get().malformed()) {
            out.add(new Violation(what, "is not a valid policy (" + PolicyText.defects(document.get())
                    + "), so Access Analyzer cannot check it"));
            return true;
        }
        return false;
    }

    /** AWS's message and each reason, on one line. */
    static String describe(CheckResult r) {
        String reasons = r.reasons().stream().map(CustomCheckReview::reason).collect(Collectors.joining(" "));
        return r.message() + (reasons.isEmpty() ? "" : " " + reasons);
    }

    private static String reason(ReasonSummary r) {
        return r.description().orElseGet(() -> r.statementIndex().map(i -> "Statement " + i + ".").orElse(""));
    }
}
