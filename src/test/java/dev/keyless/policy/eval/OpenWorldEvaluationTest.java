package dev.keyless.policy.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Could this caller ever be allowed?": keys the request does not carry are the caller's to choose.
 * The exact evaluation of the same request is unchanged.
 */
class OpenWorldEvaluationTest {

    private static final OfflineEvaluator EVALUATOR = new OfflineEvaluator();
    private static final String ROLE = "arn:aws:iam::123456789012:role/workload";
    private static final String CALLER = "arn:aws:iam::123456789012:user/deployer";

    private static Request attach(String policy) {
        return Request.builder("iam:AttachRolePolicy", ROLE).identity(policy).callerArn(CALLER).build();
    }

    @Test
    void an_allow_narrowed_by_a_key_the_caller_sends_is_possible_but_not_granted_to_a_request_without_it() throws Exception {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:AttachRolePolicy","Resource":"%s",
                 "Condition":{"ArnEquals":{"iam:PolicyARN":"arn:aws:iam::aws:policy/AdministratorAccess"}}}]}""".formatted(ROLE);
        assertThat(EVALUATOR.evaluate(attach(policy)).evalDecision()).isEqualTo(Decision.IMPLICIT_DENY);
        assertThat(EVALUATOR.evaluateOpenWorld(attach(policy)).evalDecision()).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void a_deny_that_depends_on_an_absent_key_does_not_stop_a_possible_allow() throws Exception {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"},
                 {"Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{"StringNotEquals":{"aws:RequestTag/ticket":"approved"}}}]}""";
        assertThat(EVALUATOR.evaluate(attach(policy)).evalDecision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(EVALUATOR.evaluateOpenWorld(attach(policy)).evalDecision()).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void keys_the_request_carries_are_judged_exactly_in_the_open_world_too() throws Exception {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:AttachRolePolicy","Resource":"*",
                 "Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}""";
        Request r = Request.builder("iam:AttachRolePolicy", ROLE).identity(policy).callerArn(CALLER)
                .context("aws:RequestedRegion", ContextKeyType.STRING, "us-east-1").build();
        assertThat(EVALUATOR.evaluateOpenWorld(r).evalDecision()).isEqualTo(Decision.IMPLICIT_DENY);
    }

    @Test
    void an_unconditional_deny_stays_an_explicit_deny() throws Exception {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},
                 {"Effect":"Deny","Action":"iam:Attach*","Resource":"*"}]}""";
        assertThat(EVALUATOR.evaluateOpenWorld(attach(policy)).evalDecision()).isEqualTo(Decision.EXPLICIT_DENY);
    }
}
