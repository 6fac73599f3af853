package dev.keyless.stack;

import dev.keyless.compliance.TestStacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeployedBindingTest {

    @TempDir
    Path tmp;

    private static StackSnapshot rendered() {
        StackSnapshot s = TestStacks.compliant();
        Map<String, Object> outputs = new java.util.LinkedHashMap<>(s.outputs());
        outputs.put("roleArn", TestStacks.ROLE_ARN);
        outputs.put("serviceAccountUniqueId", TestStacks.SA_ID);
        return new StackSnapshot(s.project(), s.stack(), "mocked program (test)", s.resources(), outputs);
    }

    @Test
    void every_identifier_the_mocks_invented_becomes_the_deployed_one_and_nothing_else_changes() {
        StackOutputs deployed = new StackOutputs(Map.of("roleArn", "arn:aws:iam::210987654321:role/s3-reader-role-5be1f3a",
                "bucketName", "keyless-data-real", "serviceAccountUniqueId", "112233445566778899001",
                "tokenAudience", "sts.amazonaws.com"), "outputs.json");

        StackSnapshot bound = DeployedBinding.bind(rendered(), deployed);

        StackResource role = bound.resources().stream().filter(r -> r.name().equals("workload-role")).findFirst().orElseThrow();
        assertThat(role.string("arn")).hasValue("arn:aws:iam::210987654321:role/s3-reader-role-5be1f3a");
        assertThat(role.string("name")).hasValue("s3-reader-role-5be1f3a");
        assertThat(role.string("assumeRolePolicy").orElseThrow()).contains("\"accounts.google.com:aud\":\"112233445566778899001\"")
                .doesNotContain(TestStacks.SA_ID);
        StackResource policy = bound.resources().stream().filter(r -> r.name().equals("read-policy")).findFirst().orElseThrow();
        assertThat(policy.string("policy").orElseThrow()).contains("arn:aws:s3:::keyless-data-real/*")
                .doesNotContain(TestStacks.BUCKET);
        assertThat(policy.string("arn")).hasValue("arn:aws:iam::210987654321:policy/read-policy-0001");
        assertThat(bound.output("roleArn")).hasValue("arn:aws:iam::210987654321:role/s3-reader-role-5be1f3a");
        assertThat(bound.output("tokenAudience")).hasValue("sts.amazonaws.com");
        assertThat(bound.source()).isEqualTo("mocked program (test) with the identifiers of the deployed stack (outputs.json)");
    }

    @Test
    void outputs_are_read_as_pulumi_prints_them_and_a_hidden_secret_is_no_value() throws IOException {
        Path f = Files.writeString(tmp.resolve("o.json"), "{\"roleArn\": \"arn:aws:iam::210987654321:role/r\","
                + " \"credentialsHint\": \"[secret]\", \"count\": 2, \"nested\": {\"a\": 1}}");
        StackOutputs o = StackOutputs.read(f);
        assertThat(o.values()).containsOnlyKeys("roleArn", "count");
        assertThat(o.get("credentialsHint")).isEmpty();
    }

    @Test
    void a_file_that_is_not_stack_outputs_says_how_to_make_one() throws IOException {
        Path f = Files.writeString(tmp.resolve("o.json"), "[1, 2]");
        assertThatThrownBy(() -> StackOutputs.read(f)).isInstanceOf(StackExportException.class)
                .hasMessageContaining("is not a JSON object of stack outputs; expected the output of pulumi stack output --json");
        assertThatThrownBy(() -> StackOutputs.read(tmp.resolve("missing.json"))).hasMessageContaining(
                "(write one with: pulumi stack output --json > ");
        assertThatThrownBy(() -> DeployedBinding.bind(rendered(), new StackOutputs(Map.of("roleArn", "r"), "o.json")))
                .hasMessageContaining("roleArn r is not a role ARN");
    }
}
