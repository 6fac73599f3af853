package dev.keyless.google;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Member kinds, role names, shared accounts and shared audiences, as Google documents them. */
class IamFactsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "allUsers, ALL_USERS",
            "allAuthenticatedUsers, ALL_AUTHENTICATED_USERS",
            "user:alice@example.com, USER",
            "serviceAccount:ci@p.iam.gserviceaccount.com, SERVICE_ACCOUNT",
            "serviceAccount:p.svc.id.goog[ns/ksa], SERVICE_ACCOUNT",
            "group:admins@example.com, GROUP",
            "domain:example.com, DOMAIN",
            "deleted:user:alice@example.com?uid=123, DELETED",
            "projectOwner:my-project, CONVENIENCE",
            "principal://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/subject/s, PRINCIPAL",
            "principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/*, WHOLE_POOL",
            "principalSet://iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/attribute.repository/o/r, PRINCIPAL_SET",
            "Group:admins@example.com, UNKNOWN",
            "user:, UNKNOWN",
            "alice@example.com, UNKNOWN",
    })
    void members_are_read_as_iam_spells_them(String member, IamMember.Kind kind) {
        assertThat(IamMember.parse(member).kind()).isEqualTo(kind);
    }

    @Test
    void crowds_deleted_and_unknown_members_can_never_be_reviewed_minters() {
        for (String m : List.of("allUsers", "allAuthenticatedUsers", "domain:example.com", "projectEditor:p",
                "deleted:user:a@example.com?uid=1", "principalSet://iam.googleapis.com/x/workloadIdentityPools/p/*", "nobody")) {
            assertThat(IamMember.parse(m).whyNotReviewable()).as(m).isPresent();
        }
        assertThat(IamMember.parse("group:deployers@example.com").whyNotReviewable()).isEmpty();
    }

    @Test
    void members_compare_ignoring_case_as_iam_keeps_emails_in_lower_case() {
        assertThat(IamMember.parse("group:Deployers@Example.com").sameAs(IamMember.parse("group:deployers@example.com"))).isTrue();
        assertThat(IamMember.parse("group:deployers@example.com").sameAs(IamMember.parse("user:deployers@example.com"))).isFalse();
    }

    @Test
    void role_names_are_predefined_or_custom_and_nothing_else() {
        assertThat(IamRoleName.isPredefined("roles/iam.serviceAccountUser")).isTrue();
        assertThat(IamRoleName.isCustom("projects/keyless-example/roles/vmDeployer")).isTrue();
        assertThat(IamRoleName.isCustom("organizations/123456789012/roles/breakGlass")).isTrue();
        assertThat(IamRoleName.problem("serviceAccountUser")).isPresent();
        assertThat(IamRoleName.problem("roles/")).isPresent();
    }

    @ParameterizedTest(name = "{0} is shared")
    @CsvSource({
            "123456789012-compute@developer.gserviceaccount.com",
            "keyless-example@appspot.gserviceaccount.com",
            "123456789012@cloudservices.gserviceaccount.com",
            "123456789012@cloudbuild.gserviceaccount.com",
            "service-123456789012@compute-system.iam.gserviceaccount.com",
            "service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com",
    })
    void default_accounts_and_service_agents_are_shared(String email) {
        assertThat(DefaultServiceAccounts.shared(email)).isPresent();
    }

    @Test
    void an_account_created_for_the_workload_is_not_shared() {
        assertThat(DefaultServiceAccounts.shared("aws-service-access@keyless-example.iam.gserviceaccount.com")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "https://Reports-3x7fq2-uk.a.run.app/path, reports-3x7fq2-uk.a.run.app",
            "//iam.googleapis.com/projects/1/locations/global, iam.googleapis.com",
            "svc.example.com., svc.example.com",
            "https://api.example.com:8443/aws, api.example.com",
            "sts.amazonaws.com, sts.amazonaws.com",
    })
    void the_host_of_an_audience_is_read_from_a_url_or_a_host_name(String audience, String host) {
        assertThat(SharedAudiences.host(audience)).contains(host);
    }

    @Test
    void an_audience_without_a_host_names_none_and_is_not_google_hosted() {
        assertThat(SharedAudiences.host("keyless-aws-federation")).isEmpty();
        assertThat(SharedAudiences.googleHosted("keyless-aws-federation")).isEmpty();
        assertThat(SharedAudiences.googleHosted("https://sts.amazonaws.com.evil.run.app")).contains("run.app");
        assertThat(SharedAudiences.googleHosted("https://notrun.app")).isEmpty();
        assertThat(SharedAudiences.isAwsSts("sts.eu-west-1.amazonaws.com")).isTrue();
        assertThat(SharedAudiences.isAwsSts("sts.amazonaws.com.evil.example")).isFalse();
    }

    /** The settings refuse the same hosts the rule book's table lists: one list, kept in two places equal. */
    @Test
    void the_rule_books_host_table_is_the_list_the_settings_refuse() throws IOException {
        String feature = Files.readString(Path.of("features/a-dedicated-audience.feature"));
        Matcher rows = Pattern.compile("^\\s*\\|\\s*([a-z0-9.-]+\\.[a-z]+)\\s*\\|", Pattern.MULTILINE).matcher(feature);
        assertThat(rows.results().map(r -> r.group(1)).toList()).containsExactlyElementsOf(SharedAudiences.HOST_SUFFIXES);
    }
}
