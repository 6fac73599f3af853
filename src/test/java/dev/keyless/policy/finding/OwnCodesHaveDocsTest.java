package dev.keyless.policy.finding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding of keyless's own links to a section of docs/findings.md that explains it, for every own code. */
class OwnCodesHaveDocsTest {

    @Test
    void every_own_issue_code_has_its_section_under_its_learn_more_anchor() throws IOException {
        String doc = Files.readString(Path.of("docs/findings.md"));
        var own = Arrays.stream(IssueCode.values()).filter(IssueCode::own).toList();
        assertThat(own).hasSizeGreaterThan(10);
        for (IssueCode code : own) {
            String link = code.learnMoreLink();
            assertThat(link).startsWith("docs/findings.md#");
            String anchor = link.substring(link.indexOf('#') + 1);
            assertThat(doc).as("section for " + code)
                    .contains("<a id=\"" + anchor + "\"></a>\n### " + code.name() + " (" + code.type() + ")");
        }
    }

    @Test
    void access_analyzer_codes_link_to_aws_reference() {
        assertThat(IssueCode.INVALID_ACTION.learnMoreLink()).isEqualTo(
                "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html"
                        + "#access-analyzer-reference-policy-checks-error-invalid-action");
    }
}
