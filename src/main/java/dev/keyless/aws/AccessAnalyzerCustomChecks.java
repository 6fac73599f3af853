package dev.keyless.aws;

import dev.keyless.policy.access.AccessChunk;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.access.NoNewAccessRequest;
import dev.keyless.policy.access.NoPublicAccessRequest;
import dev.keyless.policy.access.ReasonSummary;
import software.amazon.awssdk.services.accessanalyzer.model.Access;
import software.amazon.awssdk.services.accessanalyzer.model.CheckAccessNotGrantedRequest;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoNewAccessRequest;
import software.amazon.awssdk.services.accessanalyzer.model.CheckNoPublicAccessRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The custom-check port answered by IAM Access Analyzer. CheckAccessNotGranted questions larger
 * than one request allows are split by {@link AccessChunk}: each request carries only its own
 * slice, every slice is asked (so the reasons are complete), and the answers are combined: FAIL if
 * any slice failed. Each call is billed by AWS, so the request count is kept minimal and reported
 * by {@link AwsClients#requestCounts()}.
 *
 * <p>The result is read strictly: the API leaves {@code result} optional, but an answer without
 * one, or with anything but PASS or FAIL, is refused as malformed rather than taken for a pass.
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html">CheckAccessNotGranted</a>
 */
public final class AccessAnalyzerCustomChecks implements CustomPolicyChecks {

    private final LiveCalls calls;

    public AccessAnalyzerCustomChecks(AwsClients clients) {
        this.calls = new LiveCalls(clients);
    }

    @Override
    public CheckResult checkAccessNotGranted(AccessNotGrantedRequest request) {
        var client = calls.clients().accessAnalyzer();
        List<CheckResult> parts = new ArrayList<>();
        for (AccessChunk chunk : AccessChunk.split(request)) {
            Access.Builder access = Access.builder();
            // Unset, not empty: an empty list would still go on the wire as "actions": [].
            if (!chunk.actions().isEmpty()) {
                access.actions(chunk.actions());
            }
            if (!chunk.resources().isEmpty()) {
                access.resources(chunk.resources());
            }
            var req = CheckAccessNotGrantedRequest.builder()
                    .policyDocument(request.policyDocument())
                    .policyType(request.policyType().name())
                    .access(access.build())
                    .build();
            var r = calls.run(AwsOperation.CHECK_ACCESS_NOT_GRANTED, () -> client.checkAccessNotGranted(req));
            parts.add(result(AwsOperation.CHECK_ACCESS_NOT_GRANTED, r.resultAsString(), r.message(),
                    r.hasReasons() ? r.reasons() : List.of()));
        }
        return CheckResult.combine(parts);
    }

    @Override
    public CheckResult checkNoNewAccess(NoNewAccessRequest request) {
        var req = CheckNoNewAccessRequest.builder()
                .newPolicyDocument(request.newPolicyDocument())
                .existingPolicyDocument(request.existingPolicyDocument())
                .policyType(request.policyType().name())
                .build();
        var r = calls.run(AwsOperation.CHECK_NO_NEW_ACCESS, () -> calls.clients().accessAnalyzer().checkNoNewAccess(req));
        return result(AwsOperation.CHECK_NO_NEW_ACCESS, r.resultAsString(), r.message(),
                r.hasReasons() ? r.reasons() : List.of());
    }

    @Override
    public CheckResult checkNoPublicAccess(NoPublicAccessRequest request) {
        var req = CheckNoPublicAccessRequest.builder()
                .policyDocument(request.policyDocument())
                .resourceType(request.resourceType())
                .build();
        var r = calls.run(AwsOperation.CHECK_NO_PUBLIC_ACCESS,
                () -> calls.clients().accessAnalyzer().checkNoPublicAccess(req));
        return result(AwsOperation.CHECK_NO_PUBLIC_ACCESS, r.resultAsString(), r.message(),
                r.hasReasons() ? r.reasons() : List.of());
    }

    private static CheckResult result(AwsOperation op, String result, String message,
                                      List<software.amazon.awssdk.services.accessanalyzer.model.ReasonSummary> reasons) {
        CheckResult.Result verdict;
        if ("PASS".equals(result)) {
            verdict = CheckResult.Result.PASS;
        } else if ("FAIL".equals(result)) {
            verdict = CheckResult.Result.FAIL;
        } else {
            throw LiveCallException.malformed(op, result == null ? "no result"
                    : "result \"" + result + "\", which is neither PASS nor FAIL");
        }
        List<ReasonSummary> out = new ArrayList<>(reasons.size());
        for (var r : reasons) {
            out.add(new ReasonSummary(Optional.ofNullable(r.description()), Optional.ofNullable(r.statementIndex()),
                    Optional.ofNullable(r.statementId())));
        }
        return new CheckResult(verdict, message == null ? "" : message, out);
    }
}
