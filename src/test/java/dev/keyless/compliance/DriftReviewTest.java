package dev.keyless.compliance;

import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.access.NoNewAccessRequest;
import dev.keyless.policy.access.NoPublicAccessRequest;
import dev.keyless.policy.access.ReasonSummary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DriftReviewTest {

    private static final String A = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Sid\":\"S\",\"Effect\":\"Allow\","
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}}";
    private static final String B = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"S\",\"Effect\":\"Allow\","
            + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\"}]}";

    /** Answers CheckNoNewAccess with the given result and remembers what it was asked. */
    private static final class Checks implements CustomPolicyChecks {
        final List<NoNewAccessRequest> asked = new ArrayList<>();
        final CheckResult answer;

        Checks(CheckResult answer) {
            this.answer = answer;
        }

        @Override
        public CheckResult checkNoNewAccess(NoNewAccessRequest r) {
            asked.add(r);
            return answer;
        }

        @Override
        public CheckResult checkAccessNotGranted(AccessNotGrantedRequest r) {
            throw new AssertionError("not asked");
        }

        @Override
        public CheckResult checkNoPublicAccess(NoPublicAccessRequest r) {
            throw new AssertionError("not asked");
        }
    }

    private static final CheckResult PASS = new CheckResult(CheckResult.Result.PASS, "no new access", List.of());
    private static final CheckResult FAIL = new CheckResult(CheckResult.Result.FAIL, "The modified permissions grant new"
            + " access compared to your existing policy.", List.of(new ReasonSummary(
            Optional.of("New access in the statement with index: 0."), Optional.of(0), Optional.empty())));

    @Test
    void a_document_equal_as_json_is_not_drift_and_costs_no_call() {
        Checks checks = new Checks(FAIL);
        String reordered = "{\"Statement\":{\"Resource\":\"arn:aws:s3:::b/*\",\"Action\":\"s3:GetObject\",\"Effect\":\"Allow\","
                + "\"Sid\":\"S\"},\n  \"Version\":\"2012-10-17\"}";
        assertThat(new DriftReview(checks).trust("trust", A, reordered)).isEmpty();
        assertThat(checks.asked).isEmpty();
    }

    @Test
    void a_different_document_passes_only_if_check_no_new_access_finds_nothing_new_against_all_reviewed_statements() {
        Checks pass = new Checks(PASS);
        String other = A.replace("\"s3:GetObject\"", "[\"s3:GetObject\"]");
        Map<String, String> deployed = new LinkedHashMap<>();
        deployed.put("p", other);

        assertThat(new DriftReview(pass).permissions("role", List.of(A, B), deployed)).isEmpty();
        assertThat(pass.asked).singleElement().satisfies(r -> {
            assertThat(r.newPolicyDocument()).isEqualTo(other);
            assertThat(r.policyType()).isEqualTo(AccessCheckPolicyType.IDENTITY_POLICY);
            assertThat(r.existingPolicyDocument()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                    + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"},{\"Effect\":\"Allow\","
                    + "\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::b\"}]}");
        });

        assertThat(new DriftReview(new Checks(FAIL)).permissions("role", List.of(A, B), deployed))
                .extracting(Violation::toString).containsExactly("role, deployed policy p: differs from the reviewed document"
                        + " and grants new access (CheckNoNewAccess FAIL: The modified permissions grant new access compared"
                        + " to your existing policy. New access in the statement with index: 0.)");
    }

    @Test
    void a_deployed_policy_with_nothing_reviewed_to_compare_or_that_is_not_json_is_drift() {
        assertThat(new DriftReview(new Checks(PASS)).permissions("role", List.of(), Map.of("p", A)))
                .extracting(Violation::message).containsExactly("is deployed, but the reviewed stack has no such policy");
        assertThat(new DriftReview(new Checks(PASS)).trust("trust", A, "not json"))
                .extracting(Violation::message).containsExactly("IAM holds a document that is not JSON, so it cannot be compared");
    }

    @Test
    void a_deployed_trust_policy_is_compared_as_a_resource_policy() {
        Checks checks = new Checks(PASS);
        new DriftReview(checks).trust("trust", A, B);
        assertThat(checks.asked).singleElement().satisfies(r ->
                assertThat(r.policyType()).isEqualTo(AccessCheckPolicyType.RESOURCE_POLICY));
    }
}
