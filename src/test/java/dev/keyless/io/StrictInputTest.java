package dev.keyless.io;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JSON and YAML are read strictly: what two readers could read differently is refused. */
class StrictInputTest {

    @Test
    void a_yaml_alias_is_refused_and_named() {
        assertThatThrownBy(() -> StrictYaml.readTree("a: &x one\nb: *x\n", "f.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("f.yaml").hasMessageContaining("&x");
        assertThatThrownBy(() -> StrictYaml.readTree("config:\n  gcp:project: *other\n", "Pulumi.dev.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("alias *other");
    }

    @Test
    void a_yaml_anchor_on_a_mapping_and_a_merge_key_are_refused() {
        assertThatThrownBy(() -> StrictYaml.readTree("base: &b {owner: o}\nentry:\n  <<: *b\n", "e.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("anchor &b");
    }

    @Test
    void a_yaml_key_twice_in_one_mapping_is_refused() {
        assertThatThrownBy(() -> StrictYaml.readTree("owner: a\nowner: b\n", "e.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("owner");
    }

    @Test
    void plain_yaml_reads_as_before() {
        assertThat(StrictYaml.readTree("config:\n  aws:region: us-east-1\n", "p.yaml").path("config").path("aws:region").asText())
                .isEqualTo("us-east-1");
        assertThat(StrictYaml.readTree("# only a comment\n", "p.yaml")).isNull();
    }

    @Test
    void a_yaml_scalar_over_the_limit_is_refused_quickly() {
        String big = "a: " + "x".repeat(InputLimit.STACK_CONFIG.maxBytes() + 10) + "\n";
        long start = System.nanoTime();
        assertThatThrownBy(() -> StrictYaml.readTree(big, "p.yaml")).isInstanceOf(InputException.class)
                .hasMessageContaining("p.yaml");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void a_json_member_twice_is_refused_with_its_location() {
        assertThatThrownBy(() -> StrictJson.readTree("{\"a\": 1,\n \"a\": 2}", "--access"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("--access: not valid JSON at line 2").hasMessageContaining("'a'");
    }

    @Test
    void json_nested_deeper_than_the_limit_is_refused() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> StrictJson.readTree(deep, "x")).isInstanceOf(InputException.class)
                .hasMessageContaining("nesting depth");
    }
}
