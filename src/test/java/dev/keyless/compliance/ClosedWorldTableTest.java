package dev.keyless.compliance;

import dev.keyless.compliance.ClosedWorldReview.Verdict;
import dev.keyless.infra.FederationSettings;
import dev.keyless.stack.MockedStack;
import dev.keyless.stack.StackResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed-world table of features/every-resource-is-reviewed.feature is owned by reviewers, and
 * kept honest here: its "reviewed" rows are exactly the types some rule reads, and every type the
 * program itself creates is listed.
 */
class ClosedWorldTableTest {

    private static final Path FEATURE = Path.of("features/every-resource-is-reviewed.feature");

    static Map<String, Verdict> table() throws IOException {
        Map<String, Verdict> out = new LinkedHashMap<>();
        List<String> rows = Files.readAllLines(FEATURE).stream().map(String::strip).filter(l -> l.startsWith("|")).toList();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.substring(1, row.length() - 1).split("\\|");
            assertThat(out.put(cells[0].strip(), Verdict.valueOf(cells[1].strip().toUpperCase()))).as(cells[0]).isNull();
        }
        return out;
    }

    @Test
    void the_reviewed_rows_are_exactly_the_types_the_rules_read() throws IOException {
        Set<String> reviewed = new TreeSet<>();
        table().forEach((type, verdict) -> {
            if (verdict == Verdict.REVIEWED) {
                reviewed.add(type);
            }
        });
        assertThat(reviewed).containsExactlyInAnyOrderElementsOf(ResourceTypes.REVIEWED);
    }

    @Test
    void the_credential_types_the_rules_know_are_the_ones_no_static_keys_forbids() throws IOException {
        Set<String> forbidden = new TreeSet<>();
        List<String> rows = Files.readAllLines(Path.of("features/no-static-keys.feature")).stream().map(String::strip)
                .filter(l -> l.startsWith("|")).toList();
        rows.subList(1, rows.size()).forEach(r -> forbidden.add(r.substring(1).split("\\|")[0].strip()));
        forbidden.remove(ResourceTypes.USER);
        assertThat(forbidden).containsExactlyInAnyOrderElementsOf(ResourceTypes.CREDENTIALS);
    }

    @Test
    void every_type_the_program_creates_is_in_the_table() throws IOException {
        Map<String, Verdict> table = table();
        for (StackResource r : MockedStack.render(FederationSettings.defaults()).resources()) {
            assertThat(ClosedWorldReview.covered(table, r.type())).as(r.type() + " " + r.name()).isTrue();
        }
    }

    @Test
    void a_type_nobody_reviewed_is_a_violation_naming_the_resource_and_a_package_row_covers_its_package() throws IOException {
        Map<String, Verdict> table = table();
        StackIndex index = new StackIndex(TestStacks.with(List.of(
                TestStacks.resource("aws:lambda/function:Function", "exporter", Map.of("runtime", "python3.12"), Map.of()),
                TestStacks.resource("random:index/randomId:RandomId", "suffix", Map.of("byteLength", 4), Map.of()))));
        assertThat(new ClosedWorldReview(index).everyResourceIsKnown(table, FEATURE.toString()))
                .extracting(Violation::resource).containsExactly("aws:lambda/function:Function exporter");
    }
}
