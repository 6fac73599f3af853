package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A compliant stack built in memory, and one-defect variants of it, for the review tests. */
public final class TestStacks {

    public static final String SA_ID = "100000000000000000001";
    public static final String BUCKET = "keyless-data-0001";
    public static final String BUCKET_ARN = "arn:aws:s3:::" + BUCKET;
    public static final String ROLE_ARN = "arn:aws:iam::123456789012:role/workload-role-0001";
    public static final String POLICY_ARN = "arn:aws:iam::123456789012:policy/read-policy-0001";

    public static final String TRUST = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
             "Principal":{"Federated":"accounts.google.com"},"Action":"sts:AssumeRoleWithWebIdentity",
             "Condition":{"StringEquals":{"accounts.google.com:aud":"%s","accounts.google.com:sub":"%s",
             "accounts.google.com:oaud":"sts.amazonaws.com"}}}]}""".formatted(SA_ID, SA_ID);

    public static final String READ = """
            {"Version":"2012-10-17","Statement":[
             {"Effect":"Allow","Action":"s3:ListBucket","Resource":"%s"},
             {"Effect":"Allow","Action":"s3:GetObject","Resource":"%s/*"}]}""".formatted(BUCKET_ARN, BUCKET_ARN);

    public static final String TLS_ONLY = """
            {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*",
             "Resource":["%s","%s/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""".formatted(BUCKET_ARN, BUCKET_ARN);

    private TestStacks() {}

    public static StackSnapshot compliant() {
        return with(List.of());
    }

    /** The compliant stack (with the program's hardened VM) plus {@code extra}. */
    public static StackSnapshot with(List<StackResource> extra) {
        return withVm(Map.of(), extra);
    }

    /** The AWS side and the service account only: no VM runs as the account. */
    public static StackSnapshot withoutVm() {
        return base(List.of(), false);
    }

    private static StackSnapshot base(List<StackResource> extra, boolean named) {
        List<StackResource> rs = new ArrayList<>(List.of(
                resource("gcp:serviceaccount/account:Account", "workload-sa", Map.of("accountId", "aws-service-access"),
                        Map.of("uniqueId", SA_ID, "email", "aws-service-access@p.iam.gserviceaccount.com", "project", "p")),
                resource("aws:s3/bucketV2:BucketV2", "data-bucket", Map.of("bucketPrefix", "keyless-data-"),
                        Map.of("bucket", BUCKET, "arn", BUCKET_ARN)),
                resource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "data-bucket-pab",
                        Map.of("bucket", BUCKET, "blockPublicAcls", true, "blockPublicPolicy", true,
                                "ignorePublicAcls", true, "restrictPublicBuckets", true), Map.of()),
                resource("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                        "data-bucket-sse", Map.of("bucket", BUCKET, "rules",
                                List.of(Map.of("applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "AES256")))),
                        Map.of()),
                resource("aws:s3/bucketOwnershipControls:BucketOwnershipControls", "data-bucket-ownership",
                        Map.of("bucket", BUCKET, "rule", Map.of("objectOwnership", "BucketOwnerEnforced")), Map.of()),
                resource("aws:s3/bucketPolicy:BucketPolicy", "data-bucket-tls-only", Map.of("bucket", BUCKET, "policy",
                        TLS_ONLY), Map.of()),
                resource("aws:iam/policy:Policy", "read-policy", Map.of("policy", READ), Map.of("arn", POLICY_ARN)),
                resource("aws:iam/role:Role", "workload-role", Map.of("assumeRolePolicy", TRUST, "maxSessionDuration", 3600),
                        Map.of("arn", ROLE_ARN, "name", "workload-role-0001")),
                resource("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "read-policy-attachment",
                        Map.of("role", "workload-role-0001", "policyArn", POLICY_ARN), Map.of())));
        rs.addAll(extra);
        Map<String, Object> outputs = new LinkedHashMap<>(Map.of("tokenAudience", "sts.amazonaws.com", "bucketName", BUCKET));
        if (named) {
            outputs.put("instanceName", "workload-vm-0001");
        }
        return new StackSnapshot("keyless-federation", "test", "in-memory", rs, outputs);
    }

    /** The compliant stack with one resource's inputs changed. */
    public static StackSnapshot changing(String name, UnaryOperator<Map<String, Object>> change) {
        StackSnapshot base = compliant();
        List<StackResource> rs = base.resources().stream().map(r -> r.name().equals(name)
                ? new StackResource(r.type(), r.name(), r.urn(), r.id(), change.apply(new LinkedHashMap<>(r.inputs())), r.outputs())
                : r).toList();
        return new StackSnapshot(base.project(), base.stack(), base.source(), rs, base.outputs());
    }

    public static StackSnapshot withTrust(String trust) {
        return changing("workload-role", in -> put(in, "assumeRolePolicy", trust));
    }

    public static StackSnapshot withReadPolicy(String policy) {
        return changing("read-policy", in -> put(in, "policy", policy));
    }

    public static final String SA_EMAIL = "aws-service-access@p.iam.gserviceaccount.com";
    public static final String IAP = "35.235.240.0/20";

    /** The compliant stack with the program's hardened VM (running as the workload's account) and its IAP rule, plus {@code extra}. */
    public static StackSnapshot withVm(Map<String, Object> vmChanges, List<StackResource> extra) {
        Map<String, Object> vm = new LinkedHashMap<>();
        vm.put("name", "workload-vm-0001");
        vm.put("networkInterfaces", List.of(Map.of("network", "projects/p/global/networks/workload-net")));
        vm.put("serviceAccount", Map.of("email", SA_EMAIL, "scopes", List.of("https://www.googleapis.com/auth/cloud-platform")));
        vm.put("shieldedInstanceConfig", Map.of("enableSecureBoot", true, "enableVtpm", true, "enableIntegrityMonitoring", true));
        vm.put("metadata", Map.of("enable-oslogin", "TRUE", "block-project-ssh-keys", "TRUE", "keyless-token-audience", "sts.amazonaws.com"));
        vm.putAll(vmChanges);
        List<StackResource> rs = new ArrayList<>(List.of(
                resource("gcp:compute/instance:Instance", "workload-vm", vm, Map.of()),
                resource("gcp:compute/firewall:Firewall", "allow-ssh-from-iap", Map.of("network", "projects/p/global/networks/workload-net",
                        "direction", "INGRESS", "sourceRanges", List.of(IAP), "targetServiceAccounts", List.of(SA_EMAIL),
                        "allows", List.of(Map.of("protocol", "tcp", "ports", List.of("22")))), Map.of())));
        rs.addAll(extra);
        return base(rs, true);
    }

    public static Map<String, Object> put(Map<String, Object> m, String k, Object v) {
        m.put(k, v);
        return m;
    }

    public static StackResource resource(String type, String name, Map<String, Object> inputs, Map<String, Object> outputs) {
        return new StackResource(type, name, "urn:pulumi:test::keyless-federation::" + type + "::" + name,
                Optional.of(name + "-id"), inputs, outputs);
    }
}
