package dev.keyless.policy.catalog;

import dev.keyless.policy.model.ConditionOperator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Condition keys: global and per service, with types. Key names ignore case
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html);
 * global keys and their types from
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html; the
 * Google keys from https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif.
 */
class ConditionKeyCatalogTest {

    private static final IamCatalog CATALOG = IamCatalog.builtIn();

    @Test
    void google_web_identity_keys_are_sts_condition_keys() {
        for (String key : new String[] {"accounts.google.com:aud", "accounts.google.com:oaud", "accounts.google.com:sub"}) {
            ConditionKey k = CATALOG.conditionKey(key).orElseThrow();
            assertThat(k.service()).isEqualTo("sts");
            assertThat(k.type()).isEqualTo(new ConditionKeyType(ConditionKeyType.Base.STRING, false));
            assertThat(CATALOG.action("sts:AssumeRoleWithWebIdentity").orElseThrow().conditionKey(key)).contains(k);
        }
        assertThat(CATALOG.conditionKey("accounts.google.com:google/organization_number").orElseThrow().type().base())
                .isEqualTo(ConditionKeyType.Base.NUMERIC);
        assertThat(CATALOG.conditionKeyOwners("accounts.google.com")).extracting(Service::prefix).containsExactly("sts");
    }

    @Test
    void condition_key_lookup_ignores_case_and_returns_aws_spelling() {
        assertThat(CATALOG.conditionKey("AWS:SOURCEIP").orElseThrow().name()).isEqualTo("aws:SourceIp");
        assertThat(CATALOG.conditionKey("ACCOUNTS.GOOGLE.COM:AUD").orElseThrow().name()).isEqualTo("accounts.google.com:aud");
    }

    @Test
    void global_keys_carry_types_and_whether_they_are_multivalued() {
        ConditionKey sourceIp = CATALOG.globalConditionKey("aws:SourceIp").orElseThrow();
        assertThat(sourceIp.type().base()).isEqualTo(ConditionKeyType.Base.IP_ADDRESS);
        assertThat(sourceIp.multivalued()).isFalse();
        assertThat(sourceIp.global()).isTrue();
        ConditionKey tagKeys = CATALOG.globalConditionKey("aws:TagKeys").orElseThrow();
        assertThat(tagKeys.type().text()).isEqualTo("ArrayOfString");
        assertThat(tagKeys.multivalued()).isTrue();
        assertThat(CATALOG.globalConditionKey("aws:MultiFactorAuthPresent").orElseThrow().type().base())
                .isEqualTo(ConditionKeyType.Base.BOOL);
        assertThat(CATALOG.globalConditionKey("aws:PrincipalArn").orElseThrow().type().base())
                .isEqualTo(ConditionKeyType.Base.ARN);
    }

    @Test
    void a_date_operator_does_not_fit_a_string_key() {
        // What TYPE_MISMATCH compares: DateGreaterThan on s3:prefix is a mismatch, on aws:CurrentTime not.
        assertThat(CATALOG.conditionKey("s3:prefix").orElseThrow().type().base().operatorFamily())
                .isEqualTo(ConditionOperator.Family.STRING)
                .isNotEqualTo(ConditionOperator.Base.DateGreaterThan.family());
        assertThat(CATALOG.conditionKey("aws:CurrentTime").orElseThrow().type().base().operatorFamily())
                .isEqualTo(ConditionOperator.Base.DateGreaterThan.family());
    }

    @Test
    void tag_keys_with_a_tag_name_filled_in_resolve_to_their_definition() {
        assertThat(CATALOG.conditionKey("aws:ResourceTag/Project").orElseThrow().name()).startsWith("aws:ResourceTag/");
        assertThat(CATALOG.conditionKey("aws:RequestTag/cost-center").orElseThrow().type().base())
                .isEqualTo(ConditionKeyType.Base.STRING);
        assertThat(CATALOG.conditionKey("aws:PrincipalTag/team").orElseThrow().hasVariablePart()).isTrue();
        ConditionKey objectTag = CATALOG.conditionKey("s3:ExistingObjectTag/classification").orElseThrow();
        assertThat(objectTag.name()).isEqualTo("s3:ExistingObjectTag/<key>");
        assertThat(objectTag.service()).isEqualTo("s3");
    }

    @Test
    void a_tag_key_without_its_tag_name_is_not_a_key() {
        assertThat(CATALOG.conditionKey("aws:PrincipalTag/")).isEmpty();
        assertThat(CATALOG.conditionKey("aws:ResourceTag")).isEmpty();
    }

    @Test
    void variable_parts_inside_the_prefix_are_matched_too() {
        assertThat(CATALOG.conditionKey("kms:EncryptionContext:department")).isPresent();
        assertThat(CATALOG.conditionKey("token.actions.githubusercontent.com/octo-org:repository")).isPresent();
        assertThat(CATALOG.conditionKeyOwners("token.actions.githubusercontent.com/octo-org"))
                .extracting(Service::prefix).containsExactly("sts");
    }

    @Test
    void unknown_keys_are_not_found_and_say_whether_their_service_exists() {
        assertThat(CATALOG.globalConditionKey("aws:SourceIpAddress")).isEmpty();
        assertThat(CATALOG.conditionKey("aws:SourceIpAddress")).isEmpty();
        assertThat(CATALOG.conditionKey("s3:NoSuchKey")).isEmpty();
        assertThat(CATALOG.conditionKeyOwners("s3")).extracting(Service::prefix).containsExactly("s3");
        assertThat(CATALOG.conditionKeyOwners("s5")).isEmpty();
        assertThat(CATALOG.conditionKeyOwners("aws")).isEmpty();
    }

    @Test
    void keys_apply_per_action_and_per_resource_type() {
        Action getObject = CATALOG.action("s3:GetObject").orElseThrow();
        Action listBucket = CATALOG.action("s3:ListBucket").orElseThrow();
        assertThat(getObject.conditionKey("s3:ExistingObjectTag/classification")).isPresent();
        assertThat(listBucket.conditionKey("s3:prefix")).isPresent();
        assertThat(getObject.conditionKey("s3:prefix")).isEmpty();
        ResourceType bucket = CATALOG.service("s3").orElseThrow().resourceType("bucket").orElseThrow();
        assertThat(bucket.conditionKey("s3:BucketTag/owner")).isPresent();
        assertThat(CATALOG.service("s3").orElseThrow().conditionKey("S3:PREFIX").orElseThrow().name()).isEqualTo("s3:prefix");
    }

    @Test
    void every_aws_key_a_service_lists_is_a_global_key() {
        // The global list is where INVALID_GLOBAL_CONDITION_KEY looks; a service page naming an
        // aws: key it lacks would make that check reject a valid policy.
        for (Service s : CATALOG.services()) {
            for (ConditionKey k : s.conditionKeys()) {
                if (k.name().toLowerCase(java.util.Locale.ROOT).startsWith("aws:")) {
                    String written = k.name().replace("${TagKey}", "team");
                    assertThat(CATALOG.globalConditionKey(written)).as(s.prefix() + " lists " + k.name()).isPresent();
                }
            }
        }
    }

    @Test
    void global_keys_of_other_prefixes_are_found_too() {
        ConditionKey k = CATALOG.conditionKey("ec2:SourceInstanceArn").orElseThrow();
        assertThat(k.type().base()).isEqualTo(ConditionKeyType.Base.ARN);
    }
}
