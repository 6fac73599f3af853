package dev.keyless.policy.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actions: lookup, case, wildcards, suggestions. Case and wildcard rules from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 * ("The prefix and the action name are case insensitive"; {@code *} and {@code ?} wildcards).
 */
class ActionCatalogTest {

    private static final IamCatalog CATALOG = IamCatalog.builtIn();

    private static List<String> names(List<Action> actions) {
        return actions.stream().map(Action::fullName).toList();
    }

    @Test
    void s3_HeadBucket_is_not_an_action() {
        // The original blog's policy grants s3:HeadBucket; HeadBucket is an API call authorised
        // by s3:ListBucket, not an IAM action, so Access Analyzer reports INVALID_ACTION.
        assertThat(CATALOG.action("s3:HeadBucket")).isEmpty();
        assertThat(CATALOG.expand("s3:HeadBucket")).isEmpty();
        assertThat(CATALOG.action("s3:ListBucket")).isPresent();
    }

    @Test
    void action_lookup_ignores_case_and_returns_aws_spelling() {
        assertThat(CATALOG.action("S3:GETOBJECT").orElseThrow().fullName()).isEqualTo("s3:GetObject");
        assertThat(CATALOG.action("iam:listaccesskeys").orElseThrow().fullName()).isEqualTo("iam:ListAccessKeys");
        assertThat(CATALOG.action("sts:assumerolewithwebidentity").orElseThrow().fullName())
                .isEqualTo("sts:AssumeRoleWithWebIdentity");
    }

    @Test
    void a_name_without_service_prefix_is_not_an_action() {
        assertThat(CATALOG.action("GetObject")).isEmpty();
        assertThat(CATALOG.action("s3:")).isEmpty();
    }

    @Test
    void s3_Get_star_expands_to_GetObject_and_not_PutObject() {
        List<String> expanded = names(CATALOG.expand("s3:Get*"));
        assertThat(expanded).contains("s3:GetObject", "s3:GetBucketPolicy").doesNotContain("s3:PutObject");
        assertThat(expanded).allMatch(a -> a.startsWith("s3:Get"));
    }

    @Test
    void expansion_ignores_case() {
        assertThat(CATALOG.expand("S3:GET*")).isEqualTo(CATALOG.expand("s3:Get*"));
        assertThat(names(CATALOG.expand("S3:GETOBJECT"))).containsExactly("s3:GetObject");
    }

    @Test
    void star_Object_suffix_matches_only_names_ending_in_Object() {
        List<String> expanded = names(CATALOG.expand("s3:*Object"));
        assertThat(expanded).contains("s3:GetObject", "s3:PutObject", "s3:DeleteObject")
                .doesNotContain("s3:GetObjectAcl", "s3:ListBucket");
    }

    @Test
    void question_mark_matches_exactly_one_character() {
        assertThat(names(CATALOG.expand("s3:?etObject"))).containsExactly("s3:GetObject");
        assertThat(CATALOG.expand("s3:??tObject")).extracting(Action::fullName).contains("s3:GetObject", "s3:PutObject");
    }

    @Test
    void star_alone_expands_to_every_action_of_every_service() {
        int all = CATALOG.services().stream().mapToInt(s -> s.actions().size()).sum();
        assertThat(CATALOG.expand("*")).hasSize(all);
        assertThat(all).isGreaterThan(15_000);
    }

    @Test
    void service_star_expands_to_that_service_only() {
        List<Action> s3 = CATALOG.expand("s3:*");
        assertThat(s3).hasSameSizeAs(CATALOG.service("s3").orElseThrow().actions());
        assertThat(s3).allMatch(a -> a.service().equals("s3"));
    }

    @Test
    void a_wildcard_in_the_service_part_is_matched_against_the_whole_name() {
        List<String> expanded = names(CATALOG.expand("s3*:GetObject"));
        assertThat(expanded).contains("s3:GetObject").allMatch(a -> a.startsWith("s3"));
    }

    @Test
    void a_wildcard_that_matches_nothing_expands_to_nothing() {
        assertThat(CATALOG.expand("s3:Frobnicate*")).isEmpty();
        assertThat(CATALOG.expand("nosuchservice:*")).isEmpty();
    }

    @Test
    void service_prefix_lookup_is_exact_unless_asked_to_ignore_case() {
        assertThat(CATALOG.service("s3").orElseThrow().name()).isEqualTo("Amazon S3");
        assertThat(CATALOG.service("S3")).isEmpty();
        assertThat(CATALOG.serviceIgnoringCase("S3").orElseThrow().prefix()).isEqualTo("s3");
    }

    @Test
    void a_misspelt_action_gets_the_nearest_action_of_its_service() {
        assertThat(CATALOG.suggestAction("s3:GetObjcet")).contains("s3:GetObject");
        assertThat(CATALOG.suggestAction("s3:GetObjects")).contains("s3:GetObject");
        assertThat(CATALOG.suggestAction("S3:ListBuckets")).contains("s3:ListBucket");
    }

    @Test
    void s3_HeadBucket_gets_no_far_fetched_suggestion() {
        assertThat(CATALOG.suggestAction("s3:HeadBucket")).isEmpty();
    }

    @Test
    void an_action_under_the_wrong_service_points_to_the_one_service_that_has_it() {
        assertThat(CATALOG.suggestAction("s3:AssumeRoleWithWebIdentity")).contains("sts:AssumeRoleWithWebIdentity");
    }

    @Test
    void a_misspelt_or_miscased_service_prefix_gets_the_real_one() {
        assertThat(CATALOG.suggestService("s4")).contains("s3");
        assertThat(CATALOG.suggestService("S3")).contains("s3");
        assertThat(CATALOG.suggestService("lamda")).contains("lambda");
        assertThat(CATALOG.suggestService("qqqqqqqq")).isEmpty();
        assertThat(CATALOG.suggestAction("s4:GetObject")).isEmpty();
    }

    @Test
    void access_levels_follow_the_service_authorization_reference() {
        assertThat(CATALOG.action("s3:GetObject").orElseThrow().accessLevels()).containsExactly(AccessLevel.READ);
        assertThat(CATALOG.action("s3:ListBucket").orElseThrow().accessLevels()).containsExactly(AccessLevel.LIST);
        assertThat(CATALOG.action("s3:PutObjectTagging").orElseThrow().accessLevels()).contains(AccessLevel.TAGGING);
        assertThat(CATALOG.action("iam:PutRolePolicy").orElseThrow().accessLevels())
                .contains(AccessLevel.PERMISSIONS_MANAGEMENT);
    }

    @Test
    void actions_without_resource_types_take_only_star() {
        assertThat(CATALOG.action("s3:ListAllMyBuckets").orElseThrow().takesOnlyWildcardResource()).isTrue();
        assertThat(CATALOG.action("sts:GetCallerIdentity").orElseThrow().takesOnlyWildcardResource()).isTrue();
        assertThat(CATALOG.action("s3:GetObject").orElseThrow().takesOnlyWildcardResource()).isFalse();
    }

    @Test
    void resource_types_of_an_action_carry_their_arn_formats() {
        Action getObject = CATALOG.action("s3:GetObject").orElseThrow();
        assertThat(getObject.resourceTypes()).extracting(ResourceType::name).contains("object");
        assertThat(CATALOG.service("s3").orElseThrow().resourceType("object").orElseThrow().arnFormat().template())
                .isEqualTo("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
        assertThat(CATALOG.action("sts:AssumeRoleWithWebIdentity").orElseThrow().resources())
                .anySatisfy(r -> {
                    assertThat(r.type().name()).isEqualTo("role");
                    assertThat(r.required()).isTrue();
                });
    }
}
