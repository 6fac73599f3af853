package dev.keyless.aws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the deployed role back for drift checks, against the local fake. */
class DeployedRoleReaderTest {

    private static FakeAws fake;

    @BeforeAll
    static void start() {
        fake = new FakeAws();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void the_role_its_attached_policies_on_every_page_and_its_inline_policies_are_read_and_decoded() {
        fake.iamAnswer("GetRole", "iam/get-role.xml");
        fake.iamAnswerPage("ListAttachedRolePolicies", null, "iam/list-attached-role-policies-page-1.xml");
        fake.iamAnswerPage("ListAttachedRolePolicies", "AAEXAMPLEattachedPage2", "iam/list-attached-role-policies-page-2.xml");
        fake.iamAnswer("GetPolicy", "iam/get-policy.xml");
        fake.iamAnswer("GetPolicyVersion", "iam/get-policy-version.xml");
        fake.iamAnswer("ListRolePolicies", "iam/list-role-policies.xml");

        DeployedRole role;
        try (AwsClients clients = AwsClients.create(fake.settings())) {
            role = new DeployedRoleReader(clients).read("arn:aws:iam::123456789012:role/s3-reader-role-3f9a1c2");
            assertThat(clients.requests().total()).isEqualTo(6);
        }

        assertThat(role.arn()).isEqualTo("arn:aws:iam::123456789012:role/s3-reader-role-3f9a1c2");
        assertThat(role.trustPolicy()).isEqualTo(FakeAws.fixture("requests/deployed-trust-policy.json").strip());
        assertThat(role.attachedPolicies()).containsExactly(new DeployedRole.ManagedPolicy(
                "arn:aws:iam::123456789012:policy/s3-read-policy-3f9a1c2", "s3-read-policy-3f9a1c2", "v2",
                FakeAws.fixture("requests/deployed-read-policy.json").strip()));
        assertThat(role.inlinePolicies()).isEmpty();
        Map<String, List<String>> version = fake.iamForms("GetPolicyVersion").get(0);
        assertThat(version).containsEntry("VersionId", List.of("v2"))
                .containsEntry("PolicyArn", List.of("arn:aws:iam::123456789012:policy/s3-read-policy-3f9a1c2"));
        assertThat(fake.iamForms("GetRole").get(0)).containsEntry("RoleName", List.of("s3-reader-role-3f9a1c2"));
    }

    @Test
    void documents_are_percent_decoded_as_utf8_and_a_plus_sign_stays_a_plus_sign() {
        assertThat(DeployedRoleReader.decode("%7B%22a%22%3A%22b+c%20%C3%A9%F0%9F%94%91%22%7D"))
                .isEqualTo("{\"a\":\"b+c é\uD83D\uDD11\"}");
        assertThat(DeployedRoleReader.decode("100%")).isEqualTo("100%");
    }
}
