package dev.keyless.policy.access;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessChunkTest {

    private static List<String> names(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void a_question_within_the_limits_is_one_request() {
        var r = new AccessNotGrantedRequest("{}", AccessCheckPolicyType.IDENTITY_POLICY, names("s3:A", 100), names("arn:r", 100));
        assertThat(AccessChunk.split(r)).containsExactly(new AccessChunk(r.actions(), r.resources()));
    }

    @Test
    void actions_beyond_one_hundred_are_split_into_slices_that_partition_the_list() {
        var r = AccessNotGrantedRequest.actions("{}", AccessCheckPolicyType.IDENTITY_POLICY, names("s3:A", 250));
        List<AccessChunk> chunks = AccessChunk.split(r);
        assertThat(chunks).extracting(c -> c.actions().size()).containsExactly(100, 100, 50);
        assertThat(chunks).allSatisfy(c -> assertThat(c.resources()).isEmpty());
        assertThat(chunks.stream().flatMap(c -> c.actions().stream()).toList()).isEqualTo(r.actions());
    }

    @Test
    void actions_and_resources_beyond_the_limits_give_every_pair_of_slices() {
        var r = new AccessNotGrantedRequest("{}", AccessCheckPolicyType.RESOURCE_POLICY, names("s3:A", 201), names("arn:r", 101));
        assertThat(AccessChunk.split(r)).hasSize(3 * 2);
    }

    @Test
    void duplicates_are_asked_once_and_an_empty_question_is_refused() {
        var r = AccessNotGrantedRequest.actions("{}", AccessCheckPolicyType.IDENTITY_POLICY, List.of("s3:A", "s3:A", "s3:B"));
        assertThat(r.actions()).containsExactly("s3:A", "s3:B");
        assertThatThrownBy(() -> new AccessNotGrantedRequest("{}", AccessCheckPolicyType.IDENTITY_POLICY, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void combined_results_fail_if_any_part_failed_and_keep_each_distinct_reason_once() {
        ReasonSummary zero = ReasonSummary.of("in statement 0", 0, null);
        ReasonSummary two = ReasonSummary.of("in statement 2", 2, "Sid2");
        CheckResult pass = new CheckResult(CheckResult.Result.PASS, "no access", List.of());
        CheckResult failA = new CheckResult(CheckResult.Result.FAIL, "grants access", List.of(zero));
        CheckResult failB = new CheckResult(CheckResult.Result.FAIL, "grants access", List.of(zero, two));

        assertThat(CheckResult.combine(List.of(pass, failA, failB)))
                .isEqualTo(new CheckResult(CheckResult.Result.FAIL, "grants access", List.of(zero, two)));
        assertThat(CheckResult.combine(List.of(pass, pass)).result()).isEqualTo(CheckResult.Result.PASS);
        assertThat(zero.statementId()).isEqualTo(Optional.empty());
    }
}
