package dev.keyless.policy.lint;

import dev.keyless.policy.finding.Finding;

import java.util.List;

/**
 * One Access Analyzer check (or one of keyless's own). A check adds what it finds to {@code out};
 * it never decides whether the finding blocks anything.
 */
public interface PolicyCheck {

    void check(CheckContext context, List<Finding> out);
}
