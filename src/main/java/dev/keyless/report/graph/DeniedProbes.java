package dev.keyless.report.graph;

import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.Request;

import java.util.List;
import java.util.Optional;

/**
 * The dangerous requests the graph checks for each role with the offline evaluator, the way the rule
 * book's decision table asks them ("What the workload must never do"): write, delete, rewrite the
 * bucket's protections, manage identities, assume other roles, decrypt. Each is drawn dashed when
 * denied and red when allowed, so "what it cannot do" is as visible as "what it can".
 */
final class DeniedProbes {

    /** Where a probe aims: an object, the bucket, the role itself, or any resource. */
    enum Target { OBJECT, BUCKET, ROLE, ANY }

    record Probe(String action, Target target) {}

    record Outcome(Probe probe, String resource, Optional<EvaluationResult> result, Optional<String> error) {}

    static final List<Probe> PROBES = List.of(
            new Probe("s3:PutObject", Target.OBJECT), new Probe("s3:DeleteObject", Target.OBJECT),
            new Probe("s3:PutObjectAcl", Target.OBJECT), new Probe("s3:PutBucketPolicy", Target.BUCKET),
            new Probe("s3:PutBucketPublicAccessBlock", Target.BUCKET), new Probe("s3:DeleteBucket", Target.BUCKET),
            new Probe("iam:UpdateAssumeRolePolicy", Target.ROLE), new Probe("iam:PassRole", Target.ROLE),
            new Probe("sts:AssumeRole", Target.ROLE), new Probe("iam:CreateAccessKey", Target.ANY),
            new Probe("kms:Decrypt", Target.ANY));

    /** An object key for "an object in the bucket"; any key gives the same decision for these policies. */
    static final String SAMPLE_KEY = "/reports/2026/q3.csv";

    private static final OfflineEvaluator EVALUATOR = new OfflineEvaluator();

    private DeniedProbes() {}

    /** The outcome of one probe on one resource; empty when the role has a policy the stack does not define. */
    static Optional<Outcome> run(StackIndex index, RoleUnderReview role, Probe probe, String resource) {
        if (role.policies().stream().anyMatch(p -> p.document().isEmpty())) {
            return Optional.empty();
        }
        Request.Builder b = Request.builder(probe.action(), resource)
                .context("aws:SecureTransport", ContextKeyType.BOOLEAN, "true");
        role.policies().forEach(p -> b.identity(p.document().orElseThrow().text()));
        role.arn().ifPresent(arn -> {
            b.callerArn(arn);
            String[] fields = arn.split(":");
            if (fields.length > 4) {
                b.resourceOwner(fields[4]);
            }
        });
        bucketPolicy(index, resource).ifPresent(b::resourcePolicy);
        try {
            return Optional.of(new Outcome(probe, resource, Optional.of(EVALUATOR.evaluate(b.build())), Optional.empty()));
        } catch (EvaluationException e) {
            return Optional.of(new Outcome(probe, resource, Optional.empty(), Optional.of(e.getMessage())));
        }
    }

    private static Optional<String> bucketPolicy(StackIndex index, String resource) {
        return index.bucketAt(resource).flatMap(index::bucketPolicy);
    }
}
