package dev.keyless.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.keyless.infra.RenderedProgram.map;
import static dev.keyless.infra.RenderedProgram.only;
import static dev.keyless.infra.RenderedProgram.statements;
import static dev.keyless.infra.RenderedProgram.strings;
import static org.assertj.core.api.Assertions.assertThat;

/** The program under Pulumi mocks, judged resource by resource. */
class FederationStackTest {

    private static final String ROLE = "aws:iam/role:Role";
    private static final String POLICY = "aws:iam/policy:Policy";
    private static final String BUCKET = "aws:s3/bucketV2:BucketV2";
    private static final String INSTANCE = "gcp:compute/instance:Instance";
    private static final String ACCOUNT = "gcp:serviceaccount/account:Account";

    private final StackSnapshot stack = RenderedProgram.defaults();

    @Test
    void read_policy_grants_exactly_list_bucket_on_the_bucket_and_get_object_on_its_objects() {
        String bucketArn = "arn:aws:s3:::" + stack.output("bucketName").orElseThrow();
        List<JsonNode> statements = statements(only(stack, POLICY).string("policy").orElseThrow());

        Set<String> grants = statements.stream()
                .map(s -> s.path("Effect").asText() + " " + strings(s.path("Action")) + " on " + strings(s.path("Resource")))
                .collect(Collectors.toSet());
        assertThat(grants).containsExactlyInAnyOrder(
                "Allow [s3:ListBucket] on [" + bucketArn + "]",
                "Allow [s3:GetObject] on [" + bucketArn + "/*]");
        assertThat(statements).allSatisfy(s -> assertThat(s.has("NotAction") || s.has("NotResource")
                || s.has("Principal") || s.has("Condition")).isFalse());
    }

    @Test
    void read_policy_never_names_s3_head_bucket_because_it_is_not_an_iam_action() {
        assertThat(only(stack, POLICY).string("policy").orElseThrow()).doesNotContain("HeadBucket");
    }

    @Test
    void trust_policy_admits_only_accounts_google_com_for_assume_role_with_web_identity() {
        List<JsonNode> statements = statements(only(stack, ROLE).string("assumeRolePolicy").orElseThrow());

        assertThat(statements).hasSize(1);
        JsonNode s = statements.get(0);
        assertThat(s.path("Effect").asText()).isEqualTo("Allow");
        assertThat(s.path("Principal").properties()).hasSize(1);
        assertThat(s.path("Principal").path("Federated").asText()).isEqualTo("accounts.google.com");
        assertThat(strings(s.path("Action"))).containsExactly("sts:AssumeRoleWithWebIdentity");
    }

    @Test
    void trust_policy_pins_aud_and_sub_to_the_service_account_unique_id_and_oaud_to_the_audience() {
        String uniqueId = only(stack, ACCOUNT).string("uniqueId").orElseThrow();
        JsonNode condition = statements(only(stack, ROLE).string("assumeRolePolicy").orElseThrow()).get(0).path("Condition");

        assertThat(condition.properties()).extracting(Map.Entry::getKey).containsExactly("StringEquals");
        JsonNode equals = condition.path("StringEquals");
        assertThat(equals.path("accounts.google.com:aud").asText()).isEqualTo(uniqueId);
        assertThat(equals.path("accounts.google.com:sub").asText()).isEqualTo(uniqueId);
        assertThat(equals.path("accounts.google.com:oaud").asText()).isEqualTo("sts.amazonaws.com");
        assertThat(stack.output("serviceAccountUniqueId")).contains(uniqueId);
    }

    @Test
    void a_configured_audience_reaches_the_trust_policy_and_the_vm_but_nothing_else_changes() {
        StackSnapshot custom = RenderedProgram.with(Map.of(Setting.TOKEN_AUDIENCE.key(), "https://keyless.example.com/aws"));

        JsonNode equals = statements(only(custom, ROLE).string("assumeRolePolicy").orElseThrow()).get(0)
                .path("Condition").path("StringEquals");
        assertThat(equals.path("accounts.google.com:oaud").asText()).isEqualTo("https://keyless.example.com/aws");
        assertThat(map(only(custom, INSTANCE), "metadata")).containsEntry("keyless-token-audience", "https://keyless.example.com/aws");
        assertThat(custom.output("tokenAudience")).contains("https://keyless.example.com/aws");
        assertThat(only(custom, POLICY).inputs()).isEqualTo(only(stack, POLICY).inputs());
    }

    @Test
    void role_session_length_comes_from_the_settings() {
        assertThat(only(stack, ROLE).inputs()).containsEntry("maxSessionDuration", 3600);
        StackSnapshot longer = RenderedProgram.with(Map.of(Setting.MAX_SESSION_DURATION.key(), "7200"));
        assertThat(only(longer, ROLE).inputs()).containsEntry("maxSessionDuration", 7200);
    }

    @Test
    void the_policy_is_attached_with_a_role_policy_attachment_never_with_managed_policy_arns() {
        StackResource role = only(stack, ROLE);
        StackResource attachment = only(stack, "aws:iam/rolePolicyAttachment:RolePolicyAttachment");

        assertThat(role.inputs()).doesNotContainKeys("managedPolicyArns", "inlinePolicies");
        assertThat(attachment.string("role")).isEqualTo(role.string("name"));
        assertThat(attachment.string("policyArn")).isEqualTo(only(stack, POLICY).string("arn"));
        assertThat(stack.ofType("aws:iam/rolePolicy:RolePolicy")).isEmpty();
    }

    @Test
    void force_destroy_is_off_by_default_and_on_only_when_set() {
        assertThat(only(stack, BUCKET).inputs()).containsEntry("forceDestroy", false);
        StackSnapshot throwaway = RenderedProgram.with(Map.of(Setting.FORCE_DESTROY.key(), "true"));
        assertThat(only(throwaway, BUCKET).inputs()).containsEntry("forceDestroy", true);
    }

    @Test
    void the_bucket_blocks_public_access_is_encrypted_and_owner_enforced() {
        String bucket = stack.output("bucketName").orElseThrow();
        StackResource block = only(stack, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
        assertThat(block.inputs()).containsEntry("bucket", bucket).containsEntry("blockPublicAcls", true)
                .containsEntry("blockPublicPolicy", true).containsEntry("ignorePublicAcls", true)
                .containsEntry("restrictPublicBuckets", true);
        StackResource encryption = only(stack, "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2");
        assertThat(encryption.inputs().get("rules").toString()).contains("sseAlgorithm=AES256");
        StackResource ownership = only(stack, "aws:s3/bucketOwnershipControls:BucketOwnershipControls");
        assertThat(map(ownership, "rule")).containsEntry("objectOwnership", "BucketOwnerEnforced");
        assertThat(only(stack, BUCKET).inputs()).containsEntry("bucketPrefix", "keyless-data-");
    }

    @Test
    void the_bucket_policy_only_denies_requests_without_tls() {
        List<JsonNode> statements = statements(only(stack, "aws:s3/bucketPolicy:BucketPolicy").string("policy").orElseThrow());
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.path("Effect").asText()).isEqualTo("Deny");
            assertThat(s.path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
        });
    }

    @Test
    void the_vm_runs_as_the_service_account_with_the_cloud_platform_scope() {
        Map<String, Object> serviceAccount = map(only(stack, INSTANCE), "serviceAccount");
        assertThat(serviceAccount).containsEntry("email", only(stack, ACCOUNT).string("email").orElseThrow())
                .containsEntry("scopes", List.of("https://www.googleapis.com/auth/cloud-platform"));
    }

    @Test
    void the_vm_is_a_shielded_vm_with_secure_boot_vtpm_and_integrity_monitoring() {
        assertThat(map(only(stack, INSTANCE), "shieldedInstanceConfig")).containsEntry("enableSecureBoot", true)
                .containsEntry("enableVtpm", true).containsEntry("enableIntegrityMonitoring", true);
    }

    @Test
    void os_login_is_on_and_project_wide_ssh_keys_are_blocked() {
        Map<String, Object> metadata = map(only(stack, INSTANCE), "metadata");
        assertThat(metadata).containsEntry("enable-oslogin", "TRUE").containsEntry("block-project-ssh-keys", "TRUE")
                .doesNotContainKey("ssh-keys");
    }

    @Test
    void the_vm_has_no_external_ip_and_reaches_aws_through_cloud_nat() {
        assertThat(only(stack, INSTANCE).inputs().get("networkInterfaces").toString()).doesNotContain("accessConfigs");
        assertThat(only(stack, "gcp:compute/routerNat:RouterNat").inputs())
                .containsEntry("sourceSubnetworkIpRangesToNat", "LIST_OF_SUBNETWORKS");
        assertThat(only(stack, "gcp:compute/firewall:Firewall").inputs())
                .containsEntry("sourceRanges", List.of("35.235.240.0/20"));
    }

    @Test
    void no_resource_is_a_static_key_and_no_input_holds_key_material() {
        Pattern accessKey = Pattern.compile("(AKIA|ASIA)[A-Z0-9]{16}");
        assertThat(stack.resources()).extracting(StackResource::type).doesNotContain(
                "aws:iam/accessKey:AccessKey", "aws:iam/user:User", "gcp:serviceaccount/key:Key", "gcp:storage/hmacKey:HmacKey");
        assertThat(stack.resources()).allSatisfy(r -> {
            String inputs = r.inputs().toString();
            assertThat(accessKey.matcher(inputs).find()).as(r.urn()).isFalse();
            assertThat(inputs).as(r.urn()).doesNotContain("PRIVATE KEY").doesNotContain("aws_secret_access_key");
        });
    }

    @Test
    void the_startup_script_reads_its_values_from_metadata_and_asks_for_the_token_with_the_audience() {
        String script = only(stack, INSTANCE).string("metadataStartupScript").orElseThrow();
        assertThat(script).doesNotContain(stack.output("roleArn").orElseThrow())
                .doesNotContain(stack.output("bucketName").orElseThrow())
                .contains("service-accounts/default/identity", "Metadata-Flavor: Google", "format=full",
                        "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN");
        assertThat(map(only(stack, INSTANCE), "metadata"))
                .containsEntry("keyless-aws-role-arn", stack.output("roleArn").orElseThrow())
                .containsEntry("keyless-bucket", stack.output("bucketName").orElseThrow());
    }

    @Test
    void every_stack_output_is_present_and_names_the_deployed_resources() {
        assertThat(stack.outputs()).containsOnlyKeys("roleArn", "bucketName", "serviceAccountEmail",
                "serviceAccountUniqueId", "instanceName", "tokenAudience", "credentialsHint", "reviewedMinters");
        assertThat(stack.outputs().get("reviewedMinters")).isEqualTo(java.util.List.of());
        assertThat(stack.output("roleArn")).isEqualTo(only(stack, ROLE).string("arn"));
        assertThat(stack.output("serviceAccountEmail")).isEqualTo(only(stack, ACCOUNT).string("email"));
        assertThat(stack.output("instanceName")).isEqualTo(only(stack, INSTANCE).string("name"));
        assertThat(stack.output("credentialsHint").orElseThrow()).contains(stack.output("roleArn").orElseThrow())
                .contains("AssumeRoleWithWebIdentity").doesNotContain("\n");
    }

    @Test
    void the_service_account_uses_the_configured_account_id() {
        assertThat(only(stack, ACCOUNT).inputs()).containsEntry("accountId", "aws-service-access");
        assertThat(only(stack, ACCOUNT).string("email")).contains("aws-service-access@keyless-example.iam.gserviceaccount.com");
    }

    @Test
    void reviewed_minters_are_exported_as_member_and_role_for_the_rule_book() {
        StackSnapshot reviewed = RenderedProgram.with(Map.of(Setting.REVIEWED_MINTERS.key(),
                "[\"roles/iam.serviceAccountUser group:platform-deployers@example.com\"]"));
        assertThat(reviewed.outputs().get("reviewedMinters")).isEqualTo(java.util.List.of(
                Map.of("member", "group:platform-deployers@example.com", "role", "roles/iam.serviceAccountUser")));
    }
}
