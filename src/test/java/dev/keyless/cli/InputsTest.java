package dev.keyless.cli;

import dev.keyless.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Arguments are read as the AWS CLI reads them: file://PATH is the file, anything else the value. */
class InputsTest {

    @TempDir
    Path dir;

    private String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void file_prefix_reads_the_file() throws Exception {
        Path p = Files.writeString(dir.resolve("p.json"), "{\"Version\":\"2012-10-17\"}");
        assertThat(Inputs.text("file://" + p, "--policy-document")).isEqualTo("{\"Version\":\"2012-10-17\"}");
    }

    @Test
    void a_missing_file_is_a_user_error_naming_the_option() {
        assertThatThrownBy(() -> Inputs.text("file://" + dir.resolve("nope.json"), "--policy-document"))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("--policy-document: " + dir.resolve("nope.json") + ": file not found");
    }

    @Test
    void a_bare_path_to_an_existing_file_is_the_value_itself_with_a_note() throws Exception {
        Path p = Files.writeString(dir.resolve("p.json"), "{}");
        String[] value = new String[1];
        String err = stderrOf(() -> value[0] = Inputs.text(p.toString(), "--policy-document"));
        assertThat(value[0]).isEqualTo(p.toString());
        assertThat(err).contains("--policy-document '" + p + "' is read as the value itself").contains("file://" + p);
    }

    @Test
    void json_given_inline_is_read_without_a_note() {
        String[] value = new String[1];
        String err = stderrOf(() -> value[0] = Inputs.text("{\"Version\":\"2012-10-17\"}", "--policy-document"));
        assertThat(value[0]).isEqualTo("{\"Version\":\"2012-10-17\"}");
        assertThat(err).isEmpty();
    }
}
