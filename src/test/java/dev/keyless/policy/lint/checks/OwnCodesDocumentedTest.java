package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.IssueCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OwnCodesDocumentedTest {

    /** keyless's own codes that the condition, security and trust checks emit. */
    private static final List<IssueCode> OWN = List.of(
            IssueCode.GOOGLE_TRUST_MISSING_AUD, IssueCode.GOOGLE_TRUST_MISSING_SUB, IssueCode.GOOGLE_TRUST_MISSING_OAUD,
            IssueCode.GOOGLE_TRUST_WEAK_OPERATOR, IssueCode.ALLOW_WITH_NOT_ACTION, IssueCode.ALLOW_WITH_NOT_RESOURCE,
            IssueCode.ALLOW_WITH_WILDCARD_PRINCIPAL, IssueCode.IF_EXISTS_ON_ALWAYS_PRESENT_KEY);

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
