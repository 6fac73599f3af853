package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.keyless.compliance.TestStacks.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Who can act as the workload's service account: grants on it, above it, and custom roles. */
class MinterReviewTest {

    private static final String SA_NAME = "projects/p/serviceAccounts/" + TestStacks.SA_EMAIL;
    private static final Map<String, String> ROLES = Map.of("roles/owner", "everything",
            "roles/iam.serviceAccountTokenCreator", "minting tokens", "roles/iam.serviceAccountUser", "actAs");
    private static final Map<String, String> PERMISSIONS = Map.of("iam.serviceAccounts.actAs", "actAs",
            "iam.serviceAccounts.getOpenIdToken", "ID tokens");

    private static MinterReview review(List<StackResource> extra, Object reviewedMinters) {
        StackSnapshot base = TestStacks.with(extra);
        Map<String, Object> outputs = new LinkedHashMap<>(base.outputs());
        if (reviewedMinters != null) {
            outputs.put("reviewedMinters", reviewedMinters);
        }
        return new MinterReview(new StackIndex(new StackSnapshot(base.project(), base.stack(), base.source(),
                base.resources(), outputs)));
    }

    private static MinterReview review(StackResource... extra) {
        return review(List.of(extra), null);
    }

    private static StackResource onTheAccount(String type, String target, String role, String member) {
        return resource(type, "grant", Map.of("serviceAccountId", target, "role", role, "member", member), Map.of());
    }

    private static List<String> messages(List<Violation> vs) {
        List<String> out = new ArrayList<>();
        vs.forEach(v -> out.add(v.toString()));
        return out;
    }

    @Test
    void a_stack_without_grants_passes_every_rule() {
        MinterReview r = review();
        assertThat(r.grantsOnTheServiceAccount()).isEmpty();
        assertThat(r.broadGrants(ROLES)).isEmpty();
        assertThat(r.customRoles(PERMISSIONS)).isEmpty();
    }

    @Test
    void any_role_on_the_account_for_an_unreviewed_member_is_a_violation_however_the_account_is_named() {
        for (String target : List.of(SA_NAME, TestStacks.SA_EMAIL.toUpperCase(), "projects/-/serviceAccounts/" + TestStacks.SA_ID)) {
            assertThat(review(onTheAccount("gcp:serviceaccount/iAMMember:IAMMember", target, "roles/viewer", "user:a@example.com"))
                    .grantsOnTheServiceAccount()).as(target).singleElement().asString()
                    .contains("gives user:a@example.com (one Google account) the role roles/viewer on service account");
        }
    }

    @Test
    void the_alias_type_and_google_native_shapes_are_read_too() {
        assertThat(review(onTheAccount("gcp:serviceAccount/iAMMember:IAMMember", SA_NAME, "roles/iam.serviceAccountUser",
                "allAuthenticatedUsers")).grantsOnTheServiceAccount()).hasSize(1);
        assertThat(review(resource("google-native:iam/v1:ServiceAccountIamBinding", "b", Map.of("name", SA_NAME,
                "role", "roles/iam.serviceAccountTokenCreator", "members", List.of("user:a@example.com", "user:b@example.com")),
                Map.of())).grantsOnTheServiceAccount()).hasSize(2);
    }

    @Test
    void a_grant_on_another_account_is_not_ours_but_one_on_an_account_keyless_cannot_name_counts() {
        assertThat(review(onTheAccount("gcp:serviceaccount/iAMMember:IAMMember", "projects/p/serviceAccounts/other@p.iam.gserviceaccount.com",
                "roles/iam.serviceAccountUser", "user:a@example.com")).grantsOnTheServiceAccount()).isEmpty();
        assertThat(review(onTheAccount("gcp:serviceaccount/iAMMember:IAMMember", "aws-service-access",
                "roles/iam.serviceAccountUser", "user:a@example.com")).grantsOnTheServiceAccount())
                .singleElement().asString().contains("a service account keyless cannot identify");
    }

    @Test
    void a_reviewed_member_and_role_pass_but_the_same_member_with_another_role_does_not() {
        List<Map<String, String>> reviewed = List.of(Map.of("member", "group:deployers@example.com", "role", "roles/iam.serviceAccountUser"));
        assertThat(review(List.of(onTheAccount("gcp:serviceaccount/iAMMember:IAMMember", SA_NAME, "roles/iam.serviceAccountUser",
                "group:Deployers@example.com")), reviewed).grantsOnTheServiceAccount()).isEmpty();
        assertThat(review(List.of(onTheAccount("gcp:serviceaccount/iAMMember:IAMMember", SA_NAME, "roles/iam.serviceAccountTokenCreator",
                "group:deployers@example.com")), reviewed).grantsOnTheServiceAccount()).hasSize(1);
    }

    @Test
    void a_crowd_listed_as_reviewed_is_still_a_violation() {
        List<Map<String, String>> reviewed = List.of(Map.of("member", "allUsers", "role", "roles/iam.serviceAccountTokenCreator"));
        assertThat(messages(review(List.of(onTheAccount("gcp:serviceaccount/iAMMember:IAMMember", SA_NAME,
                "roles/iam.serviceAccountTokenCreator", "allUsers")), reviewed).grantsOnTheServiceAccount()))
                .singleElement().asString().contains("the stack lists it as reviewed, but 'allUsers' is anyone on the internet");
    }

    @Test
    void a_reviewed_minters_output_of_another_shape_fails_closed() {
        assertThat(review(List.of(), "roles/owner user:a@example.com").grantsOnTheServiceAccount())
                .singleElement().asString().contains("reviewedMinters is not a list");
        assertThat(review(List.of(), List.of(Map.of("member", "user:a@example.com"))).broadGrants(ROLES))
                .singleElement().asString().contains("reviewedMinters[0] is not");
    }

    @Test
    void an_unreadable_or_duplicated_policy_on_the_account_fails_closed() {
        StackResource dup = resource("gcp:serviceaccount/iAMPolicy:IAMPolicy", "p", Map.of("serviceAccountId", SA_NAME,
                "policyData", "{\"bindings\":[{\"role\":\"roles/owner\",\"members\":[\"allUsers\"]}],\"bindings\":[]}"), Map.of());
        assertThat(review(dup).grantsOnTheServiceAccount()).singleElement().asString().contains("not a JSON policy");
        StackResource encrypted = resource("gcp:serviceaccount/iAMPolicy:IAMPolicy", "p", Map.of("serviceAccountId", SA_NAME,
                "policyData", dev.keyless.stack.SecretValue.encrypted("v1:abc")), Map.of());
        assertThat(review(encrypted).grantsOnTheServiceAccount()).singleElement().asString().contains("an encrypted secret");
    }

    @Test
    void project_folder_and_organization_grants_of_listed_roles_are_violations_unless_reviewed() {
        StackResource owner = resource("gcp:projects/iAMMember:IAMMember", "o", Map.of("project", "p", "role", "roles/owner",
                "member", "user:someone@gmail.com"), Map.of());
        assertThat(review(owner).broadGrants(ROLES)).singleElement().asString().contains("on the project p").contains("everything");
        StackResource org = resource("gcp:organizations/iAMPolicy:IAMPolicy", "org", Map.of("orgId", "1",
                "policyData", "{\"bindings\":[{\"role\":\"roles/iam.serviceAccountTokenCreator\",\"members\":[\"group:all@example.com\"]}]}"), Map.of());
        assertThat(review(org).broadGrants(ROLES)).hasSize(1);
        StackResource viewer = resource("gcp:folder/iAMMember:IAMMember", "v", Map.of("folder", "folders/1", "role", "roles/viewer",
                "member", "user:someone@gmail.com"), Map.of());
        assertThat(review(viewer).broadGrants(ROLES)).isEmpty();
        assertThat(review(List.of(owner), List.of(Map.of("member", "user:someone@gmail.com", "role", "roles/owner")))
                .broadGrants(ROLES)).isEmpty();
    }

    @Test
    void a_grant_on_another_project_is_not_ours_but_one_on_a_project_number_counts() {
        StackResource other = resource("gcp:projects/iAMMember:IAMMember", "o", Map.of("project", "data-lake", "role", "roles/owner",
                "member", "user:a@example.com"), Map.of());
        assertThat(review(other).broadGrants(ROLES)).isEmpty();
        StackResource number = resource("gcp:projects/iAMMember:IAMMember", "o", Map.of("project", "123456789012", "role", "roles/owner",
                "member", "user:a@example.com"), Map.of());
        assertThat(review(number).broadGrants(ROLES)).hasSize(1);
    }

    @Test
    void a_custom_role_with_a_minting_permission_and_its_grants_are_violations_and_an_undefined_one_fails_closed() {
        StackResource role = resource("gcp:projects/iAMCustomRole:IAMCustomRole", "deployer", Map.of("project", "p", "roleId", "deployer",
                "permissions", List.of("compute.instances.create", "iam.serviceAccounts.actAs")), Map.of());
        StackResource grant = resource("gcp:projects/iAMMember:IAMMember", "g", Map.of("project", "p",
                "role", "projects/p/roles/deployer", "member", "group:contractors@example.com"), Map.of());
        assertThat(messages(review(role, grant).customRoles(PERMISSIONS))).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("carries iam.serviceAccounts.actAs (actAs)"));
        StackResource undefined = resource("gcp:organizations/iAMMember:IAMMember", "u", Map.of("orgId", "1",
                "role", "organizations/1/roles/breakGlass", "member", "user:ops@example.com"), Map.of());
        assertThat(review(undefined).customRoles(PERMISSIONS)).singleElement().asString().contains("does not define");
        StackResource harmless = resource("gcp:projects/iAMCustomRole:IAMCustomRole", "reader", Map.of("project", "p",
                "roleId", "reader", "permissions", List.of("storage.objects.get")), Map.of());
        assertThat(review(harmless, resource("gcp:projects/iAMMember:IAMMember", "g", Map.of("project", "p",
                "role", "projects/p/roles/reader", "member", "group:all@example.com"), Map.of())).customRoles(PERMISSIONS)).isEmpty();
    }
}
