package dev.keyless.policy.eval;

import dev.keyless.UserError;
import dev.keyless.policy.access.AccessChunk;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.access.NoNewAccessRequest;
import dev.keyless.policy.access.NoPublicAccessRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The custom-policy-check port answered without AWS. CheckAccessNotGranted is
 * {@link AccessNotGrantedCheck}, asked in the same 100 × 100 chunks the API takes so that offline and
 * live answers line up. CheckNoNewAccess and CheckNoPublicAccess reason over every possible request
 * and have no offline equivalent here yet: asking them offline is an error, never a pass.
 */
public final class OfflineCustomPolicyChecks implements CustomPolicyChecks {

    @Override
    public CheckResult checkAccessNotGranted(AccessNotGrantedRequest request) {
        List<CheckResult> parts = new ArrayList<>();
        for (AccessChunk chunk : AccessChunk.split(request)) {
            try {
                parts.add(AccessNotGrantedCheck.check(request.policyDocument(), request.policyType(),
                        chunk.actions(), chunk.resources()));
            } catch (EvaluationException e) {
                throw new UserError("CheckAccessNotGranted cannot judge this policy (" + e.awsCode() + ": "
                        + e.getMessage() + "); fix the policy, then check again");
            }
        }
        return CheckResult.combine(parts);
    }

    @Override
    public CheckResult checkNoNewAccess(NoNewAccessRequest request) {
        throw new UserError("CheckNoNewAccess has no offline backend; run it with --live against Access Analyzer");
    }

    @Override
    public CheckResult checkNoPublicAccess(NoPublicAccessRequest request) {
        throw new UserError("CheckNoPublicAccess has no offline backend; run it with --live against Access Analyzer");
    }
}
