package dev.keyless.compliance;

import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.stack.StackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.keyless.compliance.TestStacks.POLICY_ARN;
import static dev.keyless.compliance.TestStacks.ROLE_ARN;
import static dev.keyless.compliance.TestStacks.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Nobody can rewrite the role, judged by asking the evaluator as each principal of the stack. */
class RoleTamperingReviewTest {

    private static final List<String> ON_ROLE = ActionSelection.select(IamCatalog.builtIn(), "iam",
            "Permissions management, Write", "role");
    private static final List<String> ON_POLICY = ActionSelection.select(IamCatalog.builtIn(), "iam",
            "Permissions management", "policy");

    private static List<Violation> review(StackResource... extra) {
        return new RoleTamperingReview(new StackIndex(TestStacks.with(List.of(extra))), new OfflineEvaluator())
                .noPrincipalCanRewriteTheRole(ON_ROLE, ON_POLICY);
    }

    private static StackResource userPolicy(String statement) {
        return resource("aws:iam/userPolicy:UserPolicy", "deployer-policy", Map.of("user", "deployer", "policy",
                "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}"), Map.of());
    }

    @Test
    void the_compliant_stack_has_nobody_who_can_rewrite_the_role() {
        assertThat(review()).isEmpty();
        assertThat(ON_ROLE).contains("iam:UpdateAssumeRolePolicy", "iam:PutRolePolicy", "iam:AttachRolePolicy",
                "iam:PutRolePermissionsBoundary", "iam:DeleteRolePermissionsBoundary", "iam:UpdateRole");
        assertThat(ON_POLICY).contains("iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion");
    }

    @Test
    void a_user_allowed_to_update_the_trust_policy_is_rejected() {
        assertThat(review(userPolicy("{\"Effect\":\"Allow\",\"Action\":\"iam:UpdateAssumeRolePolicy\",\"Resource\":\"" + ROLE_ARN + "\"}")))
                .singleElement().satisfies(v -> {
                    assertThat(v.resource()).isEqualTo("user deployer (not defined in the stack)");
                    assertThat(v.message()).isEqualTo("may iam:UpdateAssumeRolePolicy on role workload-role");
                });
    }

    @Test
    void a_grant_narrowed_only_by_a_key_the_caller_sends_still_counts() {
        assertThat(review(userPolicy("{\"Effect\":\"Allow\",\"Action\":\"iam:AttachRolePolicy\",\"Resource\":\"" + ROLE_ARN
                + "\",\"Condition\":{\"ArnEquals\":{\"iam:PolicyARN\":\"arn:aws:iam::aws:policy/AdministratorAccess\"}}}")))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("iam:AttachRolePolicy"));
    }

    @Test
    void rewriting_a_policy_attached_to_the_role_is_rewriting_the_role() {
        assertThat(review(userPolicy("{\"Effect\":\"Allow\",\"Action\":\"iam:CreatePolicyVersion\",\"Resource\":\"" + POLICY_ARN + "\"}")))
                .singleElement().satisfies(v -> assertThat(v.message())
                        .isEqualTo("may iam:CreatePolicyVersion on the policy " + POLICY_ARN + " attached to role workload-role"));
    }

    @Test
    void a_grant_on_other_roles_only_or_a_deny_that_always_applies_passes() {
        assertThat(review(userPolicy("{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"arn:aws:iam::123456789012:role/ci-*\"}")))
                .isEmpty();
        assertThat(review(userPolicy("{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"" + ROLE_ARN + "\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"" + POLICY_ARN + "\"}"))).isEmpty();
    }
}
