package dev.keyless.compliance.secrets;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys in any encoding are found, named by kind and never printed; harmless encoded values are not
 * mistaken for keys. Test data uses AWS's documented example keys (IAM User Guide, "Managing access
 * keys"); private-key-shaped strings are built at run time.
 */
class SecretScannerTest {

    private static final String KEY_ID = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String CREDENTIALS_FILE = "[default]\naws_access_key_id = " + KEY_ID
            + "\naws_secret_access_key = " + SECRET + "\n";

    private static List<String> kinds(String name, String value) {
        return SecretScanner.scan(name, value).stream().map(SecretScanner.Finding::what).toList();
    }

    private static String described(String name, String value) {
        return String.join("; ", SecretScanner.scan(name, value).stream().map(SecretScanner.Finding::describe).toList());
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static String b64(String s) {
        return b64(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static String pem() {
        return "-----BEGIN " + "PRIVATE KEY-----\n" + b64("only the shape of a key, nothing in it") + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void a_base64_aws_credentials_file_is_found_with_both_keys_and_the_decoding_named() {
        String found = described("user-data", b64(CREDENTIALS_FILE));
        assertThat(found).contains("an AWS access key id (AKIA…MPLE), found via base64")
                .contains("an AWS secret access key (not shown), found via base64")
                .doesNotContain(SECRET).doesNotContain(SECRET.substring(0, 8)).doesNotContain(KEY_ID);
    }

    @Test
    void base64_wrapped_over_lines_as_base64_writes_it_is_decoded_whole() {
        String wrapped = b64(CREDENTIALS_FILE).replaceAll("(.{20})", "$1\n");
        assertThat(kinds("blob", wrapped)).contains("an AWS access key id", "an AWS secret access key");
    }

    @Test
    void url_safe_base64_without_padding_is_decoded() {
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(CREDENTIALS_FILE.getBytes(StandardCharsets.UTF_8));
        assertThat(kinds("x", "cfg=" + url)).contains("an AWS access key id");
    }

    @Test
    void a_service_account_key_file_in_base64_is_found() {
        String key = "{\"type\": \"service_account\", \"project_id\": \"p\", \"private_key\": \"" + pem().replace("\n", "\\n")
                + "\", \"client_email\": \"a@p.iam.gserviceaccount.com\"}";
        assertThat(kinds("x", "creds: " + b64(key))).contains("a Google service-account key file", "a private key");
    }

    @Test
    void base64_inside_base64_is_found_down_to_the_depth_bound() {
        String twice = b64(b64(CREDENTIALS_FILE));
        assertThat(kinds("x", twice)).contains("an AWS access key id");
    }

    @Test
    void hex_inside_a_json_member_is_found_and_the_path_names_the_member() {
        String hex = HexFormat.of().formatHex(("aws_secret_access_key=" + SECRET).getBytes(StandardCharsets.UTF_8));
        assertThat(described("app-config", "{\"storage\": {\"blob\": \"" + hex + "\"}}"))
                .contains("an AWS secret access key (not shown), found via JSON member blob → hex");
    }

    @Test
    void gzip_then_base64_as_cloud_init_writes_it_is_found() throws Exception {
        assertThat(described("user-data", b64(gzip("#cloud-config\nwrite_files:\n- content: |\n    " + CREDENTIALS_FILE))))
                .contains("an AWS access key id (AKIA…MPLE), found via base64 → gzip");
    }

    @Test
    void a_der_private_key_without_its_pem_armour_is_found_but_a_certificate_is_not() {
        byte[] body = new byte[400];
        new Random(1).nextBytes(body);
        byte[] pkcs8 = concat(HexFormat.of().parseHex("308201a0020100300d06092a864886f70d010101050004820190"), body);
        assertThat(kinds("tls", b64(pkcs8))).contains("a private key");
        byte[] certificate = concat(HexFormat.of().parseHex("3082019c30820104a003020102"), body);
        assertThat(kinds("tls", b64(certificate))).doesNotContain("a private key");
    }

    @Test
    void pem_openssh_and_putty_private_keys_are_found() {
        assertThat(kinds("k", pem())).containsExactly("a private key");
        assertThat(kinds("k", "-----BEGIN " + "OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n")).contains("a private key");
        assertThat(kinds("k", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n")).contains("a private key");
        assertThat(kinds("k", b64("openssh-key-v1\0" + "rest of a key file"))).contains("a private key");
    }

    @Test
    void an_aws_key_id_alone_is_found_in_any_text() {
        assertThat(described("notes", "rotate " + KEY_ID + " next week")).isEqualTo("an AWS access key id (AKIA…MPLE)");
        assertThat(kinds("notes", "ASIAIOSFODNN7EXAMPLE is a session key id")).containsExactly("an AWS access key id");
    }

    @Test
    void secrets_under_secret_like_names_are_found_in_env_ini_yaml_flags_and_json() {
        assertThat(described("AWS_SECRET_KEY", SECRET)).isEqualTo("a secret (under the name AWS_SECRET_KEY, 40 characters, not shown)");
        assertThat(kinds("script", "export DB_PASSWORD='kT9vQ2mZ8xR4wL6p'\n")).containsExactly("a secret");
        assertThat(kinds("config", "[prod]\nclient_secret = Zx81kQm2Lp0Vb7Hc4Nd6\n")).containsExactly("a secret");
        assertThat(kinds("config", "stripe:\n  api_key: sk9Qw2Er4Ty6Ui8Op0As\n")).containsExactly("a secret");
        assertThat(kinds("args", "sync --aws-secret-key=" + SECRET + " --region us-east-1")).contains("a secret");
        assertThat(kinds("config", "{\"auth\": {\"githubToken\": \"gh7Pq2Wx9Lm4Zr8Tk3Vb6Nc1\"}}")).containsExactly("a secret");
    }

    @Test
    void a_member_given_twice_in_json_cannot_hide_a_secret() {
        assertThat(kinds("config", "{\"dbPassword\": \"kT9vQ2mZ8xR4wL6pYb3N\", \"dbPassword\": \"\"}")).contains("a secret");
    }

    @Test
    void references_to_secrets_flags_and_prose_under_secret_names_are_not_secrets() {
        for (String value : List.of("projects/keyless-example/secrets/db-password/versions/latest", "sm://keyless/api-key",
                "${DB_PASSWORD}", "$(gcloud secrets versions access latest --secret=db)", "/run/secrets/db-password",
                "TRUE", "REPLACE_ME_WITH_THE_SECRET", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db",
                "https://vault.example.com/v1/secret/data/db", "ci@keyless-example.iam.gserviceaccount.com")) {
            assertThat(kinds("DB_PASSWORD", value)).as(value).isEmpty();
        }
        assertThat(kinds("publicKey", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo")).isEmpty();
    }

    @Test
    void harmless_encoded_values_and_long_ids_are_not_keys() throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("build".getBytes(StandardCharsets.UTF_8)));
        for (String value : List.of(b64("Welcome to the keyless workload VM. Access is through IAP only.\n"), sha,
                "sha256:" + sha, "f3c9a1e0b7d24c6e8a5b1d9f0c3e7a21", "keyless-data-20260101000000000000000001",
                "105909700905460933908", "AROAEXAMPLEUNIQUEID12", b64(gzip("#cloud-config\npackages: [jq]\n")),
                "alice:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7cM8mZq3kWg8yJfP1hJ0q9d6XoK1v2s3t4u5v6w7x8 alice",
                "-----BEGIN " + "CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUB\n-----END CERTIFICATE-----")) {
            assertThat(kinds("metadata-value", value)).as(value).isEmpty();
        }
    }

    @Test
    void the_programs_own_startup_script_holds_no_key() throws Exception {
        String script = Files.readString(Path.of("src/main/resources/dev/keyless/infra/startup-script.sh"));
        assertThat(SecretScanner.scan("startup-script", script)).isEmpty();
    }

    @Test
    void a_gzip_bomb_is_reported_as_more_than_keyless_decodes_never_passed() throws Exception {
        String bomb = b64(gzip("A".repeat(SecretScanner.MAX_DECODED + 1)));
        assertThat(kinds("user-data", bomb)).containsExactly("more encoded data than keyless decodes");
    }

    @Test
    void more_runs_than_the_bound_are_reported_rather_than_skipped() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < SecretScanner.MAX_RUNS + 10; i++) {
            many.append(b64("harmless text number " + i)).append(' ');
        }
        assertThat(kinds("x", many.toString())).contains("more encoded data than keyless decodes");
    }

    @Test
    void an_aws_key_id_split_across_values_of_one_resource_is_found() {
        assertThat(SplitKeyIds.find(Map.of("metadata.a", "AKIA", "metadata.b", "IOSFODNN7EXAMPLE", "metadata.c", "TRUE")))
                .singleElement().asList().containsExactlyInAnyOrder("metadata.a", "metadata.b");
        assertThat(SplitKeyIds.find(Map.of("a", "AKIAIOSF", "b", "ODNN7EXA", "c", "MPLE"))).hasSize(1);
        assertThat(SplitKeyIds.find(Map.of("a", "AKIA", "b", "RUNNING", "c", "TRUE"))).isEmpty();
        assertThat(SplitKeyIds.find(Map.of("a", "TRUE", "b", "IOSFODNN7EXAMPLE"))).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
