package dev.keyless.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.aws.DeployedRole;
import dev.keyless.aws.DeployedRoleReader;
import dev.keyless.aws.IamDocuments;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads every AWS resource of a stack back from the endpoint it was applied to and lists where the
 * endpoint holds something else than the export says: the bucket's public access block,
 * encryption, ownership and policy, each managed policy's default version, each role's trust
 * policy, session limit and description, its attachments and inline policies. Documents compare as
 * parsed JSON (IAM URL-encodes them and may reorder members). The role is read with keyless's own
 * {@link DeployedRoleReader}, the reader {@code verify-deployed} uses.
 */
final class ReadBack {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IamClient iam;
    private final S3Client s3;
    private final DeployedRoleReader roles;

    ReadBack(IamClient iam, S3Client s3, DeployedRoleReader roles) {
        this.iam = iam;
        this.s3 = s3;
        this.roles = roles;
    }

    /** Every difference, one line each; empty when the endpoint holds the stack as exported. */
    List<String> differences(StackSnapshot stack) {
        List<String> out = new ArrayList<>();
        for (StackResource r : StackApplier.inDependencyOrder(stack)) {
            switch (r.type()) {
                case "aws:s3/bucketV2:BucketV2" -> s3.headBucket(b -> b.bucket(Props.string(r, "bucket")));
                case "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock" -> publicAccessBlock(r, out);
                case "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2" ->
                        encryption(r, out);
                case "aws:s3/bucketOwnershipControls:BucketOwnershipControls" -> compare(r, "rule.objectOwnership",
                        Props.map(r, "rule").get("objectOwnership"), s3.getBucketOwnershipControls(b -> b.bucket(
                                Props.string(r, "bucket"))).ownershipControls().rules().get(0).objectOwnershipAsString(), out);
                case "aws:s3/bucketPolicy:BucketPolicy" -> sameJson(r, "policy", Props.string(r, "policy"),
                        s3.getBucketPolicy(b -> b.bucket(Props.string(r, "bucket"))).policy(), out);
                case "aws:iam/policy:Policy" -> policy(r, out);
                case "aws:iam/role:Role" -> role(r, out);
                case "aws:iam/rolePolicyAttachment:RolePolicyAttachment" -> attachment(r, out);
                case "aws:iam/rolePolicy:RolePolicy" -> inline(r, out);
                default -> out.add(r.urn() + ": no read-back for " + r.type());
            }
        }
        return out;
    }

    private void publicAccessBlock(StackResource r, List<String> out) {
        var held = s3.getPublicAccessBlock(b -> b.bucket(Props.string(r, "bucket"))).publicAccessBlockConfiguration();
        compare(r, "blockPublicAcls", Props.bool(r, "blockPublicAcls"), held.blockPublicAcls(), out);
        compare(r, "blockPublicPolicy", Props.bool(r, "blockPublicPolicy"), held.blockPublicPolicy(), out);
        compare(r, "ignorePublicAcls", Props.bool(r, "ignorePublicAcls"), held.ignorePublicAcls(), out);
        compare(r, "restrictPublicBuckets", Props.bool(r, "restrictPublicBuckets"), held.restrictPublicBuckets(), out);
    }

    private void encryption(StackResource r, List<String> out) {
        List<String> exported = Props.list(r, "rules").stream().map(o -> String.valueOf(Props.asMap(Props.asMap(o)
                .get("applyServerSideEncryptionByDefault")).get("sseAlgorithm"))).toList();
        List<String> held = s3.getBucketEncryption(b -> b.bucket(Props.string(r, "bucket"))).serverSideEncryptionConfiguration()
                .rules().stream().map(ServerSideEncryptionRule::applyServerSideEncryptionByDefault)
                .map(d -> d.sseAlgorithmAsString()).toList();
        compare(r, "rules[].applyServerSideEncryptionByDefault.sseAlgorithm", exported, held, out);
    }

    private void policy(StackResource r, List<String> out) {
        String arn = Props.string(r, "arn");
        var policy = iam.getPolicy(b -> b.policyArn(arn)).policy();
        String document = iam.getPolicyVersion(b -> b.policyArn(arn).versionId(policy.defaultVersionId()))
                .policyVersion().document();
        sameJson(r, "policy", Props.string(r, "policy"), IamDocuments.decode(document), out);
        compare(r, "description", Props.optionalString(r, "description").orElse(null), policy.description(), out);
    }

    private void role(StackResource r, List<String> out) {
        DeployedRole held = roles.read(Props.string(r, "arn"));
        sameJson(r, "assumeRolePolicy", Props.string(r, "assumeRolePolicy"), held.trustPolicy(), out);
        var role = iam.getRole(b -> b.roleName(held.roleName())).role();
        compare(r, "maxSessionDuration", Props.integer(r, "maxSessionDuration").orElse(3600), role.maxSessionDuration(), out);
        compare(r, "description", Props.optionalString(r, "description").orElse(null), role.description(), out);
    }

    private void attachment(StackResource r, List<String> out) {
        List<String> attached = roles.read(Props.string(r, "role")).attachedPolicies().stream()
                .map(DeployedRole.ManagedPolicy::policyArn).toList();
        if (!attached.contains(Props.string(r, "policyArn"))) {
            out.add(r.urn() + ": " + Props.string(r, "role") + " has " + attached + " attached, not " + Props.string(r, "policyArn"));
        }
    }

    private void inline(StackResource r, List<String> out) {
        String name = Props.string(r, "name");
        DeployedRole held = roles.read(Props.string(r, "role"));
        held.inlinePolicies().stream().filter(p -> p.policyName().equals(name)).findFirst().ifPresentOrElse(
                p -> sameJson(r, "policy", Props.string(r, "policy"), p.document(), out),
                () -> out.add(r.urn() + ": no inline policy " + name));
    }

    private static void compare(StackResource r, String property, Object exported, Object held, List<String> out) {
        if (!Objects.equals(exported, held)) {
            out.add(r.urn() + ": " + property + " is " + held + " at the endpoint, " + exported + " in the export");
        }
    }

    private static void sameJson(StackResource r, String property, String exported, String held, List<String> out) {
        if (!tree(exported).equals(tree(held))) {
            out.add(r.urn() + ": " + property + " at the endpoint is " + held + ", not the exported " + exported);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode("not JSON: " + json);
        }
    }
}
