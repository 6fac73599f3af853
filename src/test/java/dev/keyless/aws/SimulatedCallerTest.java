package dev.keyless.aws;

import dev.keyless.UserError;
import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.SimulationRequest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the rule book's questions, asked as a role, are spelled for the IAM simulator. */
class SimulatedCallerTest {

    private static final String ROLE = "arn:aws:iam::123456789012:role/team/s3-reader-role-1";
    private static final String READ = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"arn:aws:s3:::b/*\"}}";
    private static final String TLS_ONLY = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\","
            + "\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}}";

    private static SimulationRequest request(String identity, Optional<String> resourcePolicy, String caller, String owner) {
        return new SimulationRequest(List.of(identity), List.of(), List.of("s3:GetObject"), List.of("arn:aws:s3:::b/k"),
                resourcePolicy, Optional.ofNullable(owner), Optional.ofNullable(caller), List.of(), Optional.empty());
    }

    @Test
    void a_role_caller_with_a_resource_policy_becomes_a_stand_in_user_of_its_account() {
        assertThat(SimulatedCaller.callerArn(request(READ, Optional.of(TLS_ONLY), ROLE, null)))
                .hasValue("arn:aws:iam::123456789012:user/keyless-simulated-caller");
    }

    @Test
    void a_caller_key_the_request_carries_is_read_from_its_context_so_the_stand_in_is_decided_like_the_role() {
        String byArn = TLS_ONLY.replace("\"Bool\":{\"aws:SecureTransport\":\"false\"}", "\"ArnNotEquals\":{\"aws:PrincipalArn\":\""
                + ROLE + "\"}");
        SimulationRequest r = new SimulationRequest(List.of(READ), List.of(), List.of("s3:GetObject"), List.of("arn:aws:s3:::b/k"),
                Optional.of(byArn), Optional.empty(), Optional.of("arn:aws:sts::123456789012:assumed-role/s3-reader-role-1/review"),
                List.of(ContextEntry.of("aws:PrincipalArn", ContextKeyType.STRING, ROLE)), Optional.empty());
        assertThat(SimulatedCaller.callerArn(r)).hasValue("arn:aws:iam::123456789012:user/keyless-simulated-caller");
    }

    @Test
    void without_a_resource_policy_a_role_caller_is_left_out_and_a_user_caller_is_kept() {
        assertThat(SimulatedCaller.callerArn(request(READ, Optional.empty(), ROLE, null))).isEmpty();
        String user = "arn:aws:iam::123456789012:user/alice";
        assertThat(SimulatedCaller.callerArn(request(READ, Optional.of(TLS_ONLY), user, null))).hasValue(user);
    }

    @Test
    void policies_that_can_tell_the_role_from_a_user_are_refused_rather_than_answered_wrongly() {
        String byArn = TLS_ONLY.replace("\"Bool\":{\"aws:SecureTransport\":\"false\"}", "\"ArnNotEquals\":{\"aws:PrincipalArn\":\""
                + ROLE + "\"}");
        assertThatThrownBy(() -> SimulatedCaller.callerArn(request(READ, Optional.of(byArn), ROLE, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("a policy reads aws:principalarn")
                .hasMessageContaining("judge it offline (without --live)");
        String grantsRole = TLS_ONLY.replace("\"Principal\":\"*\"", "\"Principal\":{\"AWS\":\"" + ROLE + "\"}");
        assertThatThrownBy(() -> SimulatedCaller.callerArn(request(READ, Optional.of(grantsRole), ROLE, null)))
                .isInstanceOf(UserError.class).hasMessageContaining("a policy names the role");
        String byTag = READ.replace("}}", ",\"Condition\":{\"StringEquals\":{\"aws:PrincipalTag/team\":\"x\"}}}}");
        assertThatThrownBy(() -> SimulatedCaller.callerArn(request(byTag, Optional.of(TLS_ONLY), ROLE, null)))
                .hasMessageContaining("a policy reads aws:principaltag");
    }

    @Test
    void a_bare_account_id_as_owner_becomes_the_account_arn() {
        assertThat(SimulatedCaller.resourceOwner(request(READ, Optional.empty(), ROLE, "123456789012")))
                .hasValue("arn:aws:iam::123456789012:root");
        assertThat(SimulatedCaller.resourceOwner(request(READ, Optional.empty(), ROLE, "arn:aws:iam::123456789012:root")))
                .hasValue("arn:aws:iam::123456789012:root");
    }
}
