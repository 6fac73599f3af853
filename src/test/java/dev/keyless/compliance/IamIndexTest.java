package dev.keyless.compliance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.keyless.compliance.TestStacks.READ;
import static dev.keyless.compliance.TestStacks.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** IAM's joins, as IAM makes them: by name, ARN or id, in any letter case, from both AWS providers. */
class IamIndexTest {

    @Test
    void a_role_policy_naming_the_role_in_another_letter_case_reaches_it() {
        StackIndex index = new StackIndex(TestStacks.with(List.of(resource("aws:iam/rolePolicy:RolePolicy", "upper",
                Map.of("role", "WORKLOAD-ROLE-0001", "policy", READ), Map.of()))));
        assertThat(index.roles()).singleElement().satisfies(r -> assertThat(r.policies()).extracting(AttachedPolicy::via)
                .anyMatch(v -> v.contains("RolePolicy upper")));
    }

    @Test
    void an_aws_native_role_is_a_role_with_its_inline_and_managed_policies() {
        StackIndex index = new StackIndex(TestStacks.with(List.of(resource("aws-native:iam:Role", "native",
                Map.of("assumeRolePolicyDocument", Map.of("Version", "2012-10-17", "Statement", List.of()),
                        "policies", List.of(Map.of("policyName", "read", "policyDocument", READ)),
                        "managedPolicyArns", List.of(TestStacks.POLICY_ARN)),
                Map.of("roleName", "native-role", "arn", "arn:aws:iam::123456789012:role/native-role")))));
        RoleUnderReview nativeRole = index.roles().stream().filter(r -> r.roleName().equals("native-role")).findFirst().orElseThrow();
        assertThat(nativeRole.trustPolicy()).isPresent();
        assertThat(nativeRole.policies()).extracting(AttachedPolicy::via)
                .containsExactly("inline policy read of role native", "managedPolicyArns of role native → policy read-policy");
    }

    @Test
    void users_get_the_policies_of_their_groups_and_groups_named_only_by_reference_are_principals() {
        StackIndex index = new StackIndex(TestStacks.with(List.of(
                resource("aws:iam/groupPolicy:GroupPolicy", "ops-policy", Map.of("group", "Ops", "policy", READ), Map.of()),
                resource("aws:iam/groupMembership:GroupMembership", "ops-members", Map.of("group", "ops", "users", List.of("alice")),
                        Map.of()))));
        assertThat(index.identities()).extracting(IamIdentity::label)
                .contains("user alice (not defined in the stack)", "group ops (not defined in the stack)");
        IamIdentity alice = index.identities().stream().filter(i -> i.name().equals("alice")).findFirst().orElseThrow();
        assertThat(alice.policies()).singleElement().satisfies(p -> assertThat(p.via()).contains("(through group ops)"));
    }

    @Test
    void the_workload_role_and_bucket_are_the_ones_the_outputs_name() {
        StackIndex index = new StackIndex(TestStacks.compliant());
        assertThat(index.dataBuckets()).extracting(b -> b.name()).containsExactly("data-bucket");
        assertThat(index.account()).hasValue("123456789012");
        assertThat(index.workloadRoles()).hasSize(1);
    }
}
