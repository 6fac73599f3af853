package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.keyless.compliance.TestStacks.BUCKET;
import static dev.keyless.compliance.TestStacks.resource;
import static org.assertj.core.api.Assertions.assertThat;

class DataFlowReviewTest {

    private static DataFlowReview review(StackResource... extra) {
        return new DataFlowReview(new StackIndex(TestStacks.with(List.of(extra))));
    }

    @Test
    void the_compliant_stack_delivers_nothing_and_uses_no_kms_key() {
        assertThat(review().deliveriesStayInTheAccount()).isEmpty();
        assertThat(review().keysStayInTheAccount()).isEmpty();
    }

    @Test
    void replication_to_another_accounts_bucket_is_rejected_and_to_this_account_passes() {
        StackResource out = resource("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "repl", Map.of("bucket", BUCKET,
                "rules", List.of(Map.of("destination", Map.of("bucket", "arn:aws:s3:::dr", "account", "999999999999")))), Map.of());
        assertThat(review(out).deliveriesStayInTheAccount()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("replicas of its objects to the bucket dr, which is in the account 999999999999"));
        StackResource in = resource("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "repl", Map.of("bucket", BUCKET,
                "rules", List.of(Map.of("destination", Map.of("bucket", "arn:aws:s3:::dr", "account", "123456789012")))), Map.of());
        assertThat(review(in).deliveriesStayInTheAccount()).isEmpty();
    }

    @Test
    void an_aws_native_bucket_logging_to_a_bucket_outside_the_stack_is_rejected() {
        StackResource bucket = resource("aws-native:s3:Bucket", "native-bucket", Map.of("bucketName", "native-data",
                "loggingConfiguration", Map.of("destinationBucketName", "somebody-elses-logs")), Map.of());
        assertThat(review(bucket).deliveriesStayInTheAccount()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("server access logs to the bucket somebody-elses-logs"));
    }

    @Test
    void a_kms_key_reached_through_its_alias_is_judged_by_its_policy() {
        String everyone = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
        StackIndex index = new StackIndex(withKey(everyone));
        assertThat(new DataFlowReview(index).keysStayInTheAccount()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("lets everyone (Principal \"*\") use the key"));
    }

    @Test
    void a_kms_key_whose_policy_stays_in_the_account_passes() {
        String account = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::123456789012:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
        assertThat(new DataFlowReview(new StackIndex(withKey(account))).keysStayInTheAccount()).isEmpty();
    }

    @Test
    void everyone_held_to_this_account_by_kms_caller_account_as_aws_managed_keys_do_passes() {
        String throughS3 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"Action\":\"kms:Decrypt\",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"kms:CallerAccount\":"
                + "\"123456789012\",\"kms:ViaService\":\"s3.us-east-1.amazonaws.com\"}}}]}";
        assertThat(new DataFlowReview(new StackIndex(withKey(throughS3))).keysStayInTheAccount()).isEmpty();
        assertThat(new DataFlowReview(new StackIndex(withKey(throughS3.replace("123456789012", "999999999999"))))
                .keysStayInTheAccount()).hasSize(1);
    }

    private static StackSnapshot withKey(String policy) {
        StackSnapshot base = TestStacks.changing("data-bucket-sse", in -> TestStacks.put(in, "rules", List.of(
                Map.of("applyServerSideEncryptionByDefault", Map.of("sseAlgorithm", "aws:kms", "kmsMasterKeyId", "alias/data")))));
        List<StackResource> rs = new ArrayList<>(base.resources());
        rs.add(resource("aws:kms/key:Key", "data-key", Map.of("policy", policy),
                Map.of("arn", "arn:aws:kms:us-east-1:123456789012:key/k1", "keyId", "k1")));
        rs.add(resource("aws:kms/alias:Alias", "data-alias", Map.of("name", "alias/data", "targetKeyId", "k1"), Map.of()));
        return new StackSnapshot(base.project(), base.stack(), base.source(), rs, base.outputs());
    }
}
