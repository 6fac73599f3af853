package dev.keyless.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.stack.StackExportFile;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.keyless.infra.RenderedProgram.statements;
import static dev.keyless.infra.RenderedProgram.strings;
import static dev.keyless.infra.RenderedProgram.tree;
import static org.assertj.core.api.Assertions.assertThat;

/** The program with {@code keyless-federation:workloads}: one, two and fifty workloads under mocks. */
class WorkloadsProgramTest {

    private static final String ROLE = "aws:iam/role:Role";
    private static final String POLICY = "aws:iam/policy:Policy";
    private static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    private static final String ACCOUNT = "gcp:serviceaccount/account:Account";
    private static final String INSTANCE = "gcp:compute/instance:Instance";

    static StackSnapshot render(String workloadsJson, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(more);
        values.put(Setting.WORKLOADS.key(), workloadsJson);
        return RenderedProgram.with(values);
    }

    private static final String TWO = """
            [{"name": "reports", "serviceAccountId": "reports-reader"},
             {"name": "ingest", "serviceAccountEmail": "ingest-runner@keyless-example.iam.gserviceaccount.com",
              "bucket": "acme-shared-data", "prefixes": ["ingest/", "incoming/ingest/"], "vm": false}]""";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> workloads(StackSnapshot stack) {
        return (List<Map<String, Object>>) stack.outputs().get("workloads");
    }

    private static StackResource named(StackSnapshot stack, String type, String logicalName) {
        return stack.ofType(type).stream().filter(r -> r.name().equals(logicalName)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " named " + logicalName));
    }

    @Test
    void without_workloads_the_stack_renders_exactly_as_it_always_did() throws Exception {
        JsonNode rendered = new ObjectMapper().readTree(StackExportFile.write(RenderedProgram.defaults()));
        JsonNode recorded = new ObjectMapper().readTree(Files.readString(Path.of("policy-fixtures/stacks/compliant-rendered.json")));
        assertThat(rendered).isEqualTo(recorded);
        assertThat(RenderedProgram.defaults().outputs()).doesNotContainKeys("workloads", "googleOrganizationNumber");
    }

    @Test
    void one_configured_workload_names_its_resources_after_itself_and_exports_a_list_instead_of_the_flat_outputs() {
        StackSnapshot stack = render("[{\"name\": \"reports\", \"serviceAccountId\": \"reports-reader\"}]", Map.of());
        assertThat(stack.outputs()).containsOnlyKeys("workloads", "reviewedMinters");
        assertThat(stack.resources()).extracting(StackResource::name).contains("reports-sa", "reports-bucket",
                "reports-bucket-tls-only", "reports-read-policy", "reports-reader-role", "reports-read-policy-attachment",
                "reports-allow-ssh-from-iap", "reports-vm", "workload-network", "workload-nat");
        Map<String, Object> entry = workloads(stack).get(0);
        assertThat(entry).containsEntry("name", "reports").containsEntry("existingBucket", false)
                .containsEntry("existingServiceAccount", false).containsEntry("prefixes", List.of())
                .containsEntry("tokenAudience", "sts.amazonaws.com")
                .containsEntry("roleArn", named(stack, ROLE, "reports-reader-role").string("arn").orElseThrow())
                .containsEntry("bucketName", named(stack, BUCKET, "reports-bucket").string("bucket").orElseThrow())
                .containsEntry("serviceAccountUniqueId", named(stack, ACCOUNT, "reports-sa").string("uniqueId").orElseThrow())
                .containsEntry("instanceName", named(stack, INSTANCE, "reports-vm").string("name").orElseThrow());
        assertThat(named(stack, BUCKET, "reports-bucket").inputs()).containsEntry("bucketPrefix", "keyless-data-reports-");
    }

    @Test
    void an_existing_bucket_is_referenced_not_created_and_prefixes_scope_the_policy_as_aws_scopes_a_home_folder() {
        StackSnapshot stack = render(TWO, Map.of());
        assertThat(stack.ofType(BUCKET)).extracting(StackResource::name).containsExactly("reports-bucket");
        List<JsonNode> ingest = statements(named(stack, POLICY, "ingest-read-policy").string("policy").orElseThrow());
        String arn = "arn:aws:s3:::acme-shared-data";
        assertThat(ingest).anySatisfy(s -> {
            assertThat(strings(s.path("Action"))).containsExactly("s3:ListBucket");
            assertThat(strings(s.path("Resource"))).containsExactly(arn);
            assertThat(strings(s.path("Condition").path("StringLike").path("s3:prefix"))).containsExactly("ingest/*", "incoming/ingest/*");
        });
        assertThat(ingest).anySatisfy(s -> {
            assertThat(strings(s.path("Action"))).containsExactly("s3:GetObject");
            assertThat(strings(s.path("Resource"))).containsExactly(arn + "/ingest/*", arn + "/incoming/ingest/*");
        });
        // The bucket's own policy is outside the stack, so the role's policy refuses plain HTTP itself.
        assertThat(ingest).anySatisfy(s -> {
            assertThat(s.path("Effect").asText()).isEqualTo("Deny");
            assertThat(s.path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
        });
        assertThat(ingest).filteredOn(s -> s.path("Effect").asText().equals("Allow"))
                .allSatisfy(s -> assertThat(s.has("NotAction") || s.has("NotResource")).isFalse());
    }

    @Test
    void an_existing_account_is_looked_up_not_created_and_its_unique_id_is_what_the_role_trusts() {
        StackSnapshot stack = render(TWO, Map.of());
        assertThat(stack.ofType(ACCOUNT)).extracting(StackResource::name).containsExactly("reports-sa");
        Map<String, Object> ingest = workloads(stack).get(1);
        assertThat(ingest).containsEntry("existingServiceAccount", true).containsEntry("existingBucket", true)
                .containsEntry("serviceAccountEmail", "ingest-runner@keyless-example.iam.gserviceaccount.com")
                .doesNotContainKey("instanceName");
        JsonNode equals = statements(named(stack, ROLE, "ingest-reader-role").string("assumeRolePolicy").orElseThrow()).get(0)
                .path("Condition").path("StringEquals");
        assertThat(equals.path("accounts.google.com:aud").asText()).isEqualTo(ingest.get("serviceAccountUniqueId"))
                .matches("[0-9]{21}");
        assertThat(equals.path("accounts.google.com:sub").asText()).isEqualTo(ingest.get("serviceAccountUniqueId"));
        assertThat(stack.ofType(INSTANCE)).extracting(StackResource::name).containsExactly("reports-vm");
    }

    @Test
    void fifty_workloads_get_fifty_roles_each_trusting_its_own_account_and_reading_its_own_scope() {
        String json = IntStream.range(0, 50).mapToObj(i -> i % 2 == 0
                        ? "{\"name\": \"w" + i + "\", \"serviceAccountId\": \"reader-" + i + "\", \"vm\": false}"
                        : "{\"name\": \"w" + i + "\", \"serviceAccountId\": \"reader-" + i + "\", \"bucket\": \"acme-shared-data\","
                        + " \"prefixes\": [\"w" + i + "/\"], \"vm\": false}")
                .collect(Collectors.joining(",", "[", "]"));
        StackSnapshot stack = render(json, Map.of());
        assertThat(workloads(stack)).hasSize(50);
        assertThat(stack.ofType(ROLE)).hasSize(50);
        assertThat(stack.ofType(BUCKET)).hasSize(25);
        assertThat(stack.ofType(INSTANCE)).isEmpty();
        assertThat(stack.ofType("gcp:compute/network:Network")).isEmpty();
        Set<Object> ids = workloads(stack).stream().map(w -> w.get("serviceAccountUniqueId")).collect(Collectors.toSet());
        assertThat(ids).hasSize(50);
        for (Map<String, Object> w : workloads(stack)) {
            StackResource role = stack.ofType(ROLE).stream().filter(r -> r.string("arn").orElseThrow().equals(w.get("roleArn")))
                    .findFirst().orElseThrow();
            String trust = role.string("assumeRolePolicy").orElseThrow();
            assertThat(tree(trust).path("Statement").path("Condition").path("StringEquals").path("accounts.google.com:aud").asText())
                    .isEqualTo(w.get("serviceAccountUniqueId"));
            String policy = named(stack, POLICY, w.get("name") + "-read-policy").string("policy").orElseThrow();
            assertThat(policy).contains("arn:aws:s3:::" + w.get("bucketName"));
            @SuppressWarnings("unchecked")
            List<String> prefixes = (List<String>) w.get("prefixes");
            prefixes.forEach(p -> assertThat(policy).contains("/" + p + "*"));
        }
    }

    @Test
    void a_workload_may_ask_for_an_audience_of_its_own_and_the_organization_pin_reaches_every_trust() {
        StackSnapshot stack = render("[{\"name\": \"reports\", \"serviceAccountId\": \"reports-reader\", \"vm\": false,"
                + " \"tokenAudience\": \"keyless-reports\"}, {\"name\": \"audit\", \"serviceAccountId\": \"audit-reader\", \"vm\": false}]",
                Map.of(Setting.GOOGLE_ORGANIZATION_NUMBER.key(), "123456789012"));
        assertThat(stack.outputs()).containsEntry("googleOrganizationNumber", "123456789012");
        assertThat(workloads(stack)).extracting(w -> w.get("tokenAudience")).containsExactly("keyless-reports", "sts.amazonaws.com");
        for (StackResource role : stack.ofType(ROLE)) {
            JsonNode condition = statements(role.string("assumeRolePolicy").orElseThrow()).get(0).path("Condition");
            assertThat(condition.path("NumericEquals").path("accounts.google.com:google/organization_number").asText())
                    .isEqualTo("123456789012");
        }
    }

    @Test
    void the_organization_pin_alone_adds_one_output_to_the_single_workload() {
        StackSnapshot pinned = RenderedProgram.with(Map.of(Setting.GOOGLE_ORGANIZATION_NUMBER.key(), "123456789012"));
        assertThat(pinned.outputs().keySet()).containsExactlyInAnyOrderElementsOf(
                concat(RenderedProgram.defaults().outputs().keySet(), "googleOrganizationNumber"));
    }

    private static Set<String> concat(Set<String> keys, String more) {
        Set<String> out = new java.util.HashSet<>(keys);
        out.add(more);
        return out;
    }
}
