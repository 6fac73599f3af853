package dev.keyless.compliance;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StaticKeyAndBucketReviewTest {

    private static StaticKeyReview keys(StackSnapshot s) {
        return new StaticKeyReview(new StackIndex(s));
    }

    private static BucketPrivacyReview bucket(StackSnapshot s) {
        return new BucketPrivacyReview(new StackIndex(s));
    }

    @Test
    void aws_example_access_key_in_vm_metadata_is_found_and_masked() {
        StackSnapshot s = TestStacks.with(List.of(TestStacks.resource("gcp:compute/instance:Instance", "vm",
                Map.of("metadata", Map.of("startup-script", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE")), Map.of())));
        assertThat(keys(s).noKeyMaterial()).extracting(Violation::message)
                .containsExactly("input metadata.startup-script holds an AWS access key id (AKIA…MPLE)");
    }

    @Test
    void a_private_key_in_a_tag_is_found() {
        String pem = "-----BEGIN " + "PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----";
        StackSnapshot s = TestStacks.changing("data-bucket", in -> TestStacks.put(in, "tags", Map.of("k", pem)));
        assertThat(keys(s).noKeyMaterial()).singleElement().extracting(Violation::message).asString()
                .contains("input tags.k holds a private key");
    }

    @Test
    void role_unique_ids_are_not_mistaken_for_keys() {
        StackSnapshot s = TestStacks.with(List.of(TestStacks.resource("aws:iam/role:Role", "other",
                Map.of(), Map.of("uniqueId", "AROAEXAMPLEUNIQUEID12"))));
        assertThat(keys(s).noKeyMaterial()).isEmpty();
    }

    @Test
    void an_encrypted_secret_fails_closed() {
        StackSnapshot s = TestStacks.changing("data-bucket",
                in -> TestStacks.put(in, "tags", Map.of("k", SecretValue.encrypted("v1:abc"))));
        assertThat(keys(s).noKeyMaterial()).singleElement().extracting(Violation::message).asString()
                .contains("--show-secrets");
    }

    @Test
    void an_aws_provider_with_a_static_key_is_rejected() {
        StackSnapshot s = TestStacks.with(List.of(TestStacks.resource("pulumi:providers:aws", "default",
                Map.of("region", "us-east-1", "accessKey", "x"), Map.of())));
        assertThat(keys(s).noStaticProviderCredentials()).hasSize(1);
    }

    @Test
    void the_compliant_bucket_is_private() {
        BucketPrivacyReview r = bucket(TestStacks.compliant());
        assertThat(r.publicAccessIsBlocked()).isEmpty();
        assertThat(r.noPolicyGrantsEveryone()).isEmpty();
        assertThat(r.noPublicAcl()).isEmpty();
        assertThat(r.objectsAreEncrypted()).isEmpty();
        assertThat(r.ownershipIsEnforced()).isEmpty();
    }

    @Test
    void a_public_access_block_with_one_setting_off_is_rejected() {
        StackSnapshot s = TestStacks.changing("data-bucket-pab", in -> TestStacks.put(in, "restrictPublicBuckets", false));
        assertThat(bucket(s).publicAccessIsBlocked()).extracting(Violation::message).singleElement().asString()
                .contains("restrictPublicBuckets = false");
    }

    @Test
    void a_bucket_policy_for_everyone_is_rejected() {
        StackSnapshot s = TestStacks.with(List.of(TestStacks.resource("aws:s3/bucketPolicy:BucketPolicy", "bp",
                Map.of("bucket", TestStacks.BUCKET, "policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                        + "\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"s3:GetObject\",\"Resource\":\""
                        + TestStacks.BUCKET_ARN + "/*\"}]}"), Map.of())));
        assertThat(bucket(s).noPolicyGrantsEveryone()).hasSize(1);
    }

    @Test
    void a_public_read_acl_is_rejected() {
        StackSnapshot s = TestStacks.with(List.of(TestStacks.resource("aws:s3/bucketAclV2:BucketAclV2", "acl",
                Map.of("bucket", TestStacks.BUCKET, "acl", "public-read"), Map.of())));
        assertThat(bucket(s).noPublicAcl()).hasSize(1);
    }

    @Test
    void ownership_controls_that_keep_acls_are_rejected() {
        StackSnapshot s = TestStacks.changing("data-bucket-ownership",
                in -> TestStacks.put(in, "rule", Map.of("objectOwnership", "ObjectWriter")));
        assertThat(bucket(s).ownershipIsEnforced()).hasSize(1);
    }

    @Test
    void a_session_over_an_hour_is_rejected() {
        StackSnapshot s = TestStacks.changing("workload-role", in -> TestStacks.put(in, "maxSessionDuration", 7200));
        assertThat(new SessionReview(new StackIndex(s)).maxSessionAtMost(3600)).hasSize(1);
    }
}
