package dev.keyless.policy.eval;

import java.util.List;
import java.util.Optional;

/**
 * Access Analyzer's {@code CheckAccessNotGranted} answer: {@code PASS} or {@code FAIL}, its message,
 * and for a FAIL the statements that grant some of the listed access.
 *
 * @see <a href="https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_CheckAccessNotGranted.html">CheckAccessNotGranted</a>
 */
public record AccessCheckResult(boolean pass, String message, List<Reason> reasons) {

    public record Reason(String description, int statementIndex, Optional<String> statementId) {}

    public AccessCheckResult {
        reasons = List.copyOf(reasons);
    }

    public String result() {
        return pass ? "PASS" : "FAIL";
    }
}
