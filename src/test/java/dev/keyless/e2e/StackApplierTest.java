package dev.keyless.e2e;

import dev.keyless.stack.ResourceLinks;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The apply helper refuses what it cannot apply faithfully, before it sends anything. */
class StackApplierTest {

    /** Nothing listens here: a test that reached the network would fail on a refused connection. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");
    private final IamClient iam = IamClient.builder().endpointOverride(NOWHERE).region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create()).build();
    private final S3Client s3 = S3Client.builder().endpointOverride(NOWHERE).region(Region.US_EAST_1)
            .credentialsProvider(AnonymousCredentialsProvider.create()).build();

    @AfterEach
    void close() {
        iam.close();
        s3.close();
    }

    @Test
    void an_aws_resource_type_it_has_no_applier_for_stops_the_apply() {
        StackSnapshot stack = stack(resource("aws:iam/user:User", "ci-user", Map.of("name", "ci-user"), List.of()));

        assertThatThrownBy(() -> new StackApplier(iam, s3, Region.US_EAST_1).apply(stack))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("StackApplier cannot apply aws:iam/user:User (urn:pulumi:dev::p::aws:iam/user:User::ci-user)");
    }

    @Test
    void an_input_the_applier_would_drop_stops_the_apply() {
        StackSnapshot stack = stack(resource("aws:iam/role:Role", "r", Map.of("name", "r", "assumeRolePolicy", "{}",
                "inlinePolicies", List.of(Map.of("name", "admin", "policy", "{}"))), List.of()));

        assertThatThrownBy(() -> new StackApplier(iam, s3, Region.US_EAST_1).apply(stack))
                .hasMessage("StackApplier does not apply the inputs [inlinePolicies] of urn:pulumi:dev::p::aws:iam/role:Role::r");
    }

    @Test
    void a_resource_in_another_region_stops_the_apply() {
        StackSnapshot stack = stack(resource("aws:s3/bucketV2:BucketV2", "b", Map.of("bucket", "b-1", "region", "eu-west-1"),
                List.of()));

        assertThatThrownBy(() -> new StackApplier(iam, s3, Region.US_EAST_1).apply(stack))
                .hasMessageContaining("is in eu-west-1, the endpoint in us-east-1");
    }

    @Test
    void resources_are_applied_after_what_they_depend_on_and_gcp_and_pulumi_resources_are_left_out() {
        StackResource policy = resource("aws:s3/bucketPolicy:BucketPolicy", "tls", Map.of("bucket", "b-1"),
                List.of("urn:pulumi:dev::p::aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock::pab"));
        StackResource block = resource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "pab", Map.of("bucket", "b-1"),
                List.of("urn:pulumi:dev::p::aws:s3/bucketV2:BucketV2::b"));
        StackResource bucket = resource("aws:s3/bucketV2:BucketV2", "b", Map.of("bucket", "b-1"), List.of());
        StackResource vm = resource("gcp:compute/instance:Instance", "vm", Map.of(), List.of());

        assertThat(StackApplier.inDependencyOrder(stack(policy, vm, block, bucket))).extracting(StackResource::name)
                .containsExactly("b", "pab", "tls");
    }

    private static StackSnapshot stack(StackResource... resources) {
        return new StackSnapshot("p", "dev", "test", List.of(resources), Map.of());
    }

    private static StackResource resource(String type, String name, Map<String, Object> inputs, List<String> dependsOn) {
        return new StackResource(type, name, "urn:pulumi:dev::p::" + type + "::" + name, Optional.of(name), inputs, Map.of(),
                new ResourceLinks(true, Optional.empty(), Optional.empty(), dependsOn, Map.of()));
    }
}
