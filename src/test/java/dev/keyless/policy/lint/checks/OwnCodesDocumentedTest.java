package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.IssueCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OwnCodesDocumentedTest {

    /** Every code of keyless's own, whichever check emits it. */
    private static final List<IssueCode> OWN = Arrays.stream(IssueCode.values()).filter(IssueCode::own).toList();

    @Test
    void every_own_code_links_to_its_own_section_of_findings_md() throws IOException {
        String doc = Files.readString(Path.of("docs/findings.md"));
        for (IssueCode code : OWN) {
            assertThat(code.own()).as(code.name()).isTrue();
            String anchor = code.learnMoreLink().substring(code.learnMoreLink().indexOf('#') + 1);
            assertThat(code.learnMoreLink()).startsWith("docs/findings.md#");
            assertThat(doc).as("anchor for " + code).contains("<a id=\"" + anchor + "\"></a>\n### " + code.name() + " (" + code.type() + ")");
        }
    }
}
