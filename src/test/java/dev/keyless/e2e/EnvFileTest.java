package dev.keyless.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The env file reader takes exactly what the startup script writes and refuses anything a shell would run. */
class EnvFileTest {

    @TempDir
    Path dir;

    @Test
    void name_value_lines_are_read_in_order() throws IOException {
        Path f = Files.writeString(dir.resolve("aws.env"), "AWS_ROLE_ARN=arn:aws:iam::123456789012:role/r-1\n"
                + "AWS_WEB_IDENTITY_TOKEN_FILE=/run/keyless/google-id-token\nAWS_ROLE_SESSION_NAME=vm-1\n");
        assertThat(EnvFile.read(f)).containsExactly(
                java.util.Map.entry("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/r-1"),
                java.util.Map.entry("AWS_WEB_IDENTITY_TOKEN_FILE", "/run/keyless/google-id-token"),
                java.util.Map.entry("AWS_ROLE_SESSION_NAME", "vm-1"));
    }

    @Test
    void a_line_a_shell_would_run_or_quote_is_refused() throws IOException {
        for (String line : new String[] {"KEYLESS_BUCKET=$(id)", "KEYLESS_BUCKET='b'", "export AWS_REGION=us-east-1",
                "AWS_REGION=us east 1", "# comment", "aws_region=x"}) {
            Path f = Files.writeString(dir.resolve("aws.env"), line + "\n");
            assertThatThrownBy(() -> EnvFile.read(f)).as(line).isInstanceOf(IOException.class).hasMessageContaining("not NAME=value");
        }
    }

    @Test
    void a_name_set_twice_is_refused() throws IOException {
        Path f = Files.writeString(dir.resolve("aws.env"), "AWS_ROLE_ARN=a\nAWS_ROLE_ARN=b\n");
        assertThatThrownBy(() -> EnvFile.read(f)).hasMessageContaining("AWS_ROLE_ARN is set twice");
    }

    @Test
    void a_directory_or_a_symbolic_link_is_not_an_env_file() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.env"), Files.writeString(dir.resolve("real.env"), "A=b\n"));
        assertThatThrownBy(() -> EnvFile.read(link)).hasMessageContaining("is not a regular file");
        assertThatThrownBy(() -> EnvFile.read(dir)).hasMessageContaining("is not a regular file");
    }
}
