package dev.keyless.compliance;

import dev.keyless.policy.catalog.IamCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionSelectionTest {

    private static final IamCatalog CATALOG = IamCatalog.builtIn();

    @Test
    void s3_write_permission_and_tagging_actions_include_the_dangerous_ones_and_not_the_reads() {
        assertThat(ActionSelection.select(CATALOG, "s3", "Write, Permissions management, Tagging"))
                .contains("s3:PutObject", "s3:DeleteObject", "s3:PutBucketPolicy", "s3:PutObjectAcl", "s3:PutObjectTagging")
                .doesNotContain("s3:GetObject", "s3:ListBucket").doesNotHaveDuplicates();
    }

    @Test
    void all_is_every_action_of_the_service() {
        assertThat(ActionSelection.select(CATALOG, "sts", "all")).contains("sts:AssumeRole", "sts:AssumeRoleWithWebIdentity",
                "sts:GetCallerIdentity");
    }

    @Test
    void an_unknown_service_or_level_is_an_error_in_the_rule_book_never_an_empty_list() {
        assertThatThrownBy(() -> ActionSelection.select(CATALOG, "s4", "all")).hasMessage("the IAM catalog has no service 's4'");
        assertThatThrownBy(() -> ActionSelection.select(CATALOG, "s3", "Writes"))
                .hasMessageContaining("unknown access level 'Writes'");
    }
}
