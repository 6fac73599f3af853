package dev.keyless.stack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FakeCloudTest {

    private final FakeCloud cloud = new FakeCloud("keyless-example", "us-east-1");

    @Test
    void fake_ids_look_like_the_real_ones() {
        var sa = cloud.create("gcp:serviceaccount/account:Account", "workload-sa", Map.of("accountId", "aws-service-access"));
        assertThat((String) sa.state().get("uniqueId")).matches("1[0-9]{20}");
        assertThat(sa.state()).containsEntry("email", "aws-service-access@keyless-example.iam.gserviceaccount.com");

        var role = cloud.create("aws:iam/role:Role", "s3-reader-role", Map.of());
        assertThat(role.id()).matches("s3-reader-role-[0-9a-f]{7}");
        assertThat((String) role.state().get("uniqueId")).matches("AROA[A-Z2-7]{17}");
        assertThat(role.state()).containsEntry("arn", "arn:aws:iam::123456789012:role/" + role.id());

        var bucket = cloud.create("aws:s3/bucketV2:BucketV2", "data-bucket", Map.of("bucketPrefix", "keyless-data-"));
        assertThat(bucket.id()).hasSize("keyless-data-".length() + 26);
        assertThat(bucket.state()).containsEntry("arn", "arn:aws:s3:::" + bucket.id());
    }

    @Test
    void the_same_resource_gets_the_same_fake_ids_every_time_and_different_resources_different_ones() {
        var a = cloud.create("aws:iam/role:Role", "one", Map.of());
        assertThat(cloud.create("aws:iam/role:Role", "one", Map.of())).isEqualTo(a);
        assertThat(cloud.create("aws:iam/role:Role", "two", Map.of()).state().get("uniqueId"))
                .isNotEqualTo(a.state().get("uniqueId"));
    }

    @Test
    void values_copied_from_inputs_are_not_invented_so_they_create_no_dependency() {
        var block = cloud.create("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "pab",
                Map.of("bucket", "keyless-data-20260101000000000000000001"));
        assertThat(block.id()).isEqualTo("keyless-data-20260101000000000000000001");
        assertThat(block.invented()).isEmpty();
    }
}
