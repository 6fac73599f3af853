package dev.keyless;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The layering rules of CONTRIBUTING.md, checked on the sources. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/keyless");

    private static List<String> importsUnder(String pkg, String... forbidden) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> l.startsWith("import "))
                            .filter(l -> Stream.of(forbidden).anyMatch(l::contains))
                            .map(l -> MAIN.relativize(p) + ": " + l);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void nothing_under_policy_imports_an_sdk_or_an_outer_layer() throws IOException {
        assertThat(importsUnder("policy", "software.amazon.awssdk", "com.pulumi", "dev.keyless.aws",
                "dev.keyless.cli", "dev.keyless.infra", "dev.keyless.stack", "dev.keyless.rulebook",
                "io.cucumber")).isEmpty();
    }

    @Test
    void only_the_aws_package_talks_to_aws() throws IOException {
        for (String pkg : List.of("policy", "compliance", "stack", "infra", "rulebook")) {
            assertThat(importsUnder(pkg, "software.amazon.awssdk.services")).as(pkg).isEmpty();
        }
    }

    @Test
    void the_reviews_do_not_know_about_cucumber_or_the_command_line() throws IOException {
        assertThat(importsUnder("compliance", "io.cucumber", "dev.keyless.cli", "dev.keyless.rulebook")).isEmpty();
    }

    @Test
    void every_package_has_a_package_info() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            assertThat(dirs.filter(Files::isDirectory)
                    .filter(d -> {
                        try (Stream<Path> f = Files.list(d)) {
                            return f.anyMatch(p -> p.toString().endsWith(".java"));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList()).isEmpty();
        }
    }
}
