package dev.keyless.aws;

import software.amazon.awssdk.services.iam.model.ContextEntry;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulateCustomPolicyResponse;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyRequest;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The IAM policy simulator, live: {@code SimulateCustomPolicy} for rendered documents before a
 * deploy, {@code SimulatePrincipalPolicy} for the deployed role after it. Every page is fetched
 * (Marker / IsTruncated) and the results come back in AWS's order, in AWS's shape.
 *
 * <p>The simulator cannot evaluate a role trust policy for {@code sts:AssumeRole*} (aws-cli issue
 * 10314), so nothing here takes a caller principal; live mode's trust verdict comes from the
 * offline evaluator plus Access Analyzer's findings and CheckNoPublicAccess.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html">SimulatePrincipalPolicy</a>
 */
public final class IamPolicySimulator {

    static final int MAX_PAGES = 1000;

    private final LiveCalls calls;

    public IamPolicySimulator(AwsClients clients) {
        this.calls = new LiveCalls(clients);
    }

    public List<SimulationResult> simulateCustomPolicy(SimulationInput in) {
        var iam = calls.clients().iam();
        return pages(AwsOperation.SIMULATE_CUSTOM_POLICY, marker -> {
            var b = SimulateCustomPolicyRequest.builder().policyInputList(in.policyInputList())
                    .actionNames(in.actionNames()).marker(marker);
            if (!in.permissionsBoundaryPolicyInputList().isEmpty()) {
                b.permissionsBoundaryPolicyInputList(in.permissionsBoundaryPolicyInputList());
            }
            if (!in.resourceArns().isEmpty()) {
                b.resourceArns(in.resourceArns());
            }
            if (!in.contextEntries().isEmpty()) {
                b.contextEntries(entries(in));
            }
            in.resourcePolicy().ifPresent(b::resourcePolicy);
            in.resourceOwner().ifPresent(b::resourceOwner);
            in.callerArn().ifPresent(b::callerArn);
            in.resourceHandlingOption().ifPresent(b::resourceHandlingOption);
            SimulateCustomPolicyResponse r = iam.simulateCustomPolicy(b.build());
            return new Page(r.hasEvaluationResults() ? r.evaluationResults() : null, r.isTruncated(), r.marker());
        });
    }

    /** Simulates the policies attached to a user, group or role ({@code policySourceArn}), plus any given. */
    public List<SimulationResult> simulatePrincipalPolicy(String policySourceArn, SimulationInput in) {
        var iam = calls.clients().iam();
        return pages(AwsOperation.SIMULATE_PRINCIPAL_POLICY, marker -> {
            var b = SimulatePrincipalPolicyRequest.builder().policySourceArn(policySourceArn)
                    .actionNames(in.actionNames()).marker(marker);
            if (!in.policyInputList().isEmpty()) {
                b.policyInputList(in.policyInputList());
            }
            if (!in.permissionsBoundaryPolicyInputList().isEmpty()) {
                b.permissionsBoundaryPolicyInputList(in.permissionsBoundaryPolicyInputList());
            }
            if (!in.resourceArns().isEmpty()) {
                b.resourceArns(in.resourceArns());
            }
            if (!in.contextEntries().isEmpty()) {
                b.contextEntries(entries(in));
            }
            in.resourcePolicy().ifPresent(b::resourcePolicy);
            in.resourceOwner().ifPresent(b::resourceOwner);
            in.callerArn().ifPresent(b::callerArn);
            in.resourceHandlingOption().ifPresent(b::resourceHandlingOption);
            SimulatePrincipalPolicyResponse r = iam.simulatePrincipalPolicy(b.build());
            return new Page(r.hasEvaluationResults() ? r.evaluationResults() : null, r.isTruncated(), r.marker());
        });
    }

    private record Page(List<software.amazon.awssdk.services.iam.model.EvaluationResult> results, Boolean truncated,
                        String marker) {}

    private List<SimulationResult> pages(AwsOperation op, Function<String, Page> fetch) {
        List<SimulationResult> out = new ArrayList<>();
        Set<String> markers = new HashSet<>();
        String marker = null;
        for (int pages = 1; ; pages++) {
            String current = marker;
            Page page = calls.run(op, () -> fetch.apply(current));
            for (var r : page.results() == null ? List.<software.amazon.awssdk.services.iam.model.EvaluationResult>of()
                    : page.results()) {
                out.add(SimulationResults.read(op, r));
            }
            if (!Boolean.TRUE.equals(page.truncated())) {
                // At least one action is always asked, and AWS answers every action on every resource.
                if (out.isEmpty()) {
                    throw LiveCallException.malformed(op, "no EvaluationResults");
                }
                return out;
            }
            marker = page.marker();
            if (marker == null || marker.isEmpty()) {
                throw LiveCallException.malformed(op, "IsTruncated true but no Marker");
            }
            if (!markers.add(marker)) {
                throw LiveCallException.malformed(op, "the same Marker twice");
            }
            if (pages >= MAX_PAGES) {
                throw LiveCallException.malformed(op, "more than " + MAX_PAGES + " pages");
            }
        }
    }

    private static List<ContextEntry> entries(SimulationInput in) {
        List<ContextEntry> out = new ArrayList<>(in.contextEntries().size());
        for (var e : in.contextEntries()) {
            out.add(ContextEntry.builder().contextKeyName(e.contextKeyName()).contextKeyType(e.contextKeyType())
                    .contextKeyValues(e.contextKeyValues()).build());
        }
        return out;
    }
}
