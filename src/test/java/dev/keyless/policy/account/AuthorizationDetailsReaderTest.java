package dev.keyless.policy.account;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading get-account-authorization-details as IAM returns it. */
class AuthorizationDetailsReaderTest {

    private static AuthorizationDetails sample() throws IOException {
        return AuthorizationDetailsReader.read(Files.readString(Path.of("policy-fixtures/account/authorization-details.json")));
    }

    @Test
    void the_sample_file_yields_every_trust_inline_and_default_version_document_once() throws IOException {
        AuthorizationDetails d = sample();
        assertThat(d.principals()).extracting(Principal::type, Principal::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Principal.Type.USER, "Alice"), org.assertj.core.groups.Tuple.tuple(Principal.Type.USER, "Bob"),
                org.assertj.core.groups.Tuple.tuple(Principal.Type.GROUP, "Admins"), org.assertj.core.groups.Tuple.tuple(Principal.Type.GROUP, "Dev"),
                org.assertj.core.groups.Tuple.tuple(Principal.Type.GROUP, "Finance"), org.assertj.core.groups.Tuple.tuple(Principal.Type.ROLE, "EC2role"));
        assertThat(d.documents()).extracting(AccountDocument::label).containsExactly(
                "user Bob inline policy list-demo-bucket", "group Finance inline policy policygen-201310141157",
                "role EC2role trust policy", "role EC2role inline policy write-app-logs",
                "managed policy create-update-delete-set-managed-policies default version v2");
        assertThat(d.documents()).allSatisfy(doc -> assertThat(doc.problem()).isEmpty());
        assertThat(d.attachedButAbsent()).containsExactly("arn:aws:iam::aws:policy/AdministratorAccess",
                "arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess", "arn:aws:iam::aws:policy/AmazonS3FullAccess",
                "arn:aws:iam::aws:policy/PowerUserAccess");
        assertThat(d.truncated()).isFalse();
    }

    @Test
    void a_document_given_as_an_object_is_kept_as_the_file_writes_it_and_an_encoded_one_is_decoded() throws IOException {
        AuthorizationDetails d = sample();
        String trust = d.documents().get(2).text().orElseThrow();
        assertThat(trust).startsWith("{\n").contains("\"Service\": \"ec2.amazonaws.com\"").endsWith("}");
        assertThat(d.documents().get(0).text().orElseThrow()).startsWith("{\n    \"Version\": \"2012-10-17\"")
                .contains("\"Action\": \"s3:ListBucket\"");
        // The default version is v2 (listed first); v1 is not judged.
        assertThat(d.documents().get(4).text().orElseThrow()).contains("iam:SetDefaultPolicyVersions").doesNotContain("polcy");
    }

    private static String withUserPolicy(String document) {
        return "{\"UserDetailList\":[{\"UserName\":\"u\",\"Arn\":\"arn:aws:iam::123456789012:user/u\",\"UserPolicyList\":"
                + "[{\"PolicyName\":\"p\",\"PolicyDocument\":" + document + "}]}]}";
    }

    @Test
    void url_decoding_follows_rfc_3986_a_plus_stays_a_plus_and_utf8_is_decoded() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:userid\":\"AIDA+EXAMPLE\"}},\"Sid\":\"caf\u00e9\"}]}";
        String encoded = URLEncoder.encode(policy, StandardCharsets.UTF_8).replace("+", "%20").replace("%2B", "+");
        AccountDocument doc = AuthorizationDetailsReader.read(withUserPolicy("\"" + encoded + "\"")).documents().get(0);
        assertThat(doc.text()).contains(policy);
    }

    @Test
    void a_broken_encoding_makes_that_document_unreadable_not_the_file() {
        AccountDocument doc = AuthorizationDetailsReader.read(withUserPolicy("\"%7B%22Version%2\"")).documents().get(0);
        assertThat(doc.text()).isEmpty();
        assertThat(doc.problem()).hasValueSatisfying(p -> assertThat(p).contains("cannot be decoded"));
        AccountDocument notUtf8 = AuthorizationDetailsReader.read(withUserPolicy("\"%7B%FF%7D\"")).documents().get(0);
        assertThat(notUtf8.problem()).hasValueSatisfying(p -> assertThat(p).contains("not UTF-8"));
        AccountDocument number = AuthorizationDetailsReader.read(withUserPolicy("42")).documents().get(0);
        assertThat(number.problem()).hasValueSatisfying(p -> assertThat(p).contains("neither a JSON object nor a string"));
    }

    @Test
    void a_duplicate_key_inside_a_document_is_left_for_the_validator_to_report() {
        AccountDocument doc = AuthorizationDetailsReader.read(withUserPolicy(
                "{\"Version\":\"2012-10-17\",\"Statement\":[],\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"))
                .documents().get(0);
        assertThat(doc.text()).hasValueSatisfying(t -> assertThat(t).contains("\"Statement\":[],\"Statement\""));
    }

    @Test
    void a_file_that_is_not_the_output_or_repeats_a_member_is_refused_with_its_line() {
        assertThatThrownBy(() -> AuthorizationDetailsReader.read("{\"Roles\":[]}"))
                .isInstanceOf(AuthorizationDetailsException.class).hasMessageContaining("none of UserDetailList");
        assertThatThrownBy(() -> AuthorizationDetailsReader.read("{\"RoleDetailList\":[{\"RoleName\":\"a\",\n\"RoleName\":\"b\","
                + "\"Arn\":\"arn:aws:iam::123456789012:role/b\"}]}"))
                .isInstanceOf(AuthorizationDetailsException.class).hasMessageContaining("\"RoleName\" appears twice").hasMessageContaining("line 2");
        assertThatThrownBy(() -> AuthorizationDetailsReader.read("{\"RoleDetailList\":{}}"))
                .isInstanceOf(AuthorizationDetailsException.class).hasMessageContaining("\"RoleDetailList\" must be a list");
        assertThatThrownBy(() -> AuthorizationDetailsReader.read("{\"RoleDetailList\":[}"))
                .isInstanceOf(AuthorizationDetailsException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void a_role_without_a_trust_policy_or_a_policy_without_its_default_version_is_an_unreadable_document() {
        AuthorizationDetails d = AuthorizationDetailsReader.read("{\"RoleDetailList\":[{\"RoleName\":\"r\",\"Arn\":"
                + "\"arn:aws:iam::123456789012:role/r\"}],\"Policies\":[{\"PolicyName\":\"p\",\"Arn\":"
                + "\"arn:aws:iam::123456789012:policy/p\",\"DefaultVersionId\":\"v3\",\"PolicyVersionList\":[{\"VersionId\":\"v1\","
                + "\"Document\":{}}]}]}");
        assertThat(d.documents()).extracting(doc -> doc.problem().orElse("")).containsExactly(
                "the role has no AssumeRolePolicyDocument in the file",
                "the file lists no version v3 (its DefaultVersionId) in PolicyVersionList");
    }
}
