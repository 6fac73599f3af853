package dev.keyless.compliance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which scopes a literal key start can reach, and which are next to a workload's own. */
class WorkloadScopesTest {

    private static final String B = "arn:aws:s3:::shared";

    private static WorkloadUnderReview w(String name, String bucket, String... prefixes) {
        return new WorkloadUnderReview(name, List.of(), Optional.empty(), List.of(bucket), List.of(prefixes), Set.of("1"),
                Optional.empty(), Optional.empty(), Optional.empty(), true, true);
    }

    private static final WorkloadUnderReview REPORTS = w("reports", B, "reports/");
    private static final WorkloadUnderReview ARCHIVE = w("archive", B, "reports-archive/");
    private static final WorkloadUnderReview AUDIT = w("audit", B, "audit/", "logs/audit/");
    private static final WorkloadUnderReview OWN = w("own", "arn:aws:s3:::own-bucket");
    private static final WorkloadScopes SCOPES = new WorkloadScopes(List.of(REPORTS, ARCHIVE, AUDIT, OWN));

    private static Set<String> names(java.util.Collection<WorkloadScopes.Scope> scopes) {
        return scopes.stream().map(s -> s.workload().name() + ":" + s.prefix()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void a_key_start_reaches_the_prefixes_under_it_and_those_it_lies_under() {
        assertThat(names(SCOPES.reachable(B, "reports"))).containsExactlyInAnyOrder("reports:reports/", "archive:reports-archive/");
        assertThat(names(SCOPES.reachable(B, "reports/2026/"))).containsExactly("reports:reports/");
        assertThat(names(SCOPES.reachable(B, ""))).hasSize(4);
        assertThat(names(SCOPES.reachable(B, "nothing/"))).isEmpty();
        assertThat(names(SCOPES.reachable("arn:aws:s3:::own-bucket", "any/key"))).containsExactly("own:");
        assertThat(SCOPES.reachable("arn:aws:s3:::elsewhere", "")).isEmpty();
    }

    @Test
    void the_neighbours_are_the_other_workloads_right_before_and_after_each_own_scope() {
        // Sorted by bucket ARN, then prefix: own-bucket; then audit/, logs/audit/, reports-archive/, reports/ on shared.
        assertThat(names(SCOPES.neighbours(REPORTS))).containsExactly("archive:reports-archive/");
        assertThat(names(SCOPES.neighbours(AUDIT))).containsExactlyInAnyOrder("own:", "archive:reports-archive/");
        assertThat(names(SCOPES.neighbours(OWN))).containsExactly("audit:audit/");
    }
}
