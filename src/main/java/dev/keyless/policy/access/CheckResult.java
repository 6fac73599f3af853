package dev.keyless.policy.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A custom check's answer: {@code result} PASS or FAIL, AWS's {@code message}, and the
 * {@code reasons}. There is no third value: an answer that is neither PASS nor FAIL is an error of
 * the backend that produced it, never a result.
 */
public record CheckResult(Result result, String message, List<ReasonSummary> reasons) {

    public enum Result {
        PASS, FAIL
    }

    public CheckResult {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(message, "message");
        reasons = List.copyOf(reasons);
    }

    public boolean passed() {
        return result == Result.PASS;
    }

    /**
     * One answer for a question that had to be asked in parts (CheckAccessNotGranted takes at most
     * 100 actions and 100 resources per request): it fails if any part failed, with every distinct
     * reason in the order the parts reported them, and the message of the first failing part.
     */
    public static CheckResult combine(List<CheckResult> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no results to combine");
        }
        CheckResult firstFail = null;
        LinkedHashSet<ReasonSummary> reasons = new LinkedHashSet<>();
        for (CheckResult part : parts) {
            if (part.result == Result.FAIL && firstFail == null) {
                firstFail = part;
            }
            reasons.addAll(part.reasons);
        }
        CheckResult lead = firstFail != null ? firstFail : parts.get(0);
        return new CheckResult(lead.result, lead.message, new ArrayList<>(reasons));
    }
}
