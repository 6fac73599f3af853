package dev.keyless.compliance;

import dev.keyless.stack.PropertyValues;
import dev.keyless.stack.SecretValue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sessions are short: a leaked session credential stops working within the limit. The duration is
 * compared as the exact number the stack holds: a value AWS would refuse (outside 3600..43200, or not
 * a whole number) says nothing about what will be deployed, so it is a violation, never a pass.
 */
public final class SessionReview {

    /** IAM's default when maxSessionDuration is not set (IAM API Reference, CreateRole). */
    static final int AWS_DEFAULT_SECONDS = 3600;
    /** "Valid Range: Minimum value of 3600. Maximum value of 43200." (IAM API Reference, CreateRole, MaxSessionDuration) */
    static final BigInteger AWS_MIN_SECONDS = BigInteger.valueOf(3600);
    static final BigInteger AWS_MAX_SECONDS = BigInteger.valueOf(43200);

    private final StackIndex index;

    public SessionReview(StackIndex index) {
        this.index = index;
    }

    public List<Violation> maxSessionAtMost(int seconds) {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            Object v = SecretValue.reveal(role.resource().property("maxSessionDuration").orElse(null));
            if (v == null) {
                if (AWS_DEFAULT_SECONDS > seconds) {
                    out.add(violation(role, "has no maxSessionDuration, so IAM's default of " + AWS_DEFAULT_SECONDS
                            + " s applies; at most " + seconds + " s are allowed"));
                }
                continue;
            }
            Optional<BigInteger> duration = PropertyValues.wholeNumber(v);
            if (duration.isEmpty()) {
                out.add(violation(role, "has maxSessionDuration " + shown(v) + ", which is not a whole number of seconds"));
            } else if (duration.get().compareTo(AWS_MIN_SECONDS) < 0 || duration.get().compareTo(AWS_MAX_SECONDS) > 0) {
                out.add(violation(role, "has maxSessionDuration " + duration.get() + ", outside the " + AWS_MIN_SECONDS + ".."
                        + AWS_MAX_SECONDS + " s IAM accepts for a role, so the stack does not say how long sessions last"));
            } else if (duration.get().compareTo(BigInteger.valueOf(seconds)) > 0) {
                out.add(violation(role, "allows sessions of " + duration.get() + " s; at most " + seconds + " s are allowed"));
            }
        }
        return out;
    }

    private static Violation violation(RoleUnderReview role, String message) {
        return Violation.of(role.resource(), role.label(), message);
    }

    private static String shown(Object v) {
        String s = v instanceof String ? "\"" + v + "\"" : String.valueOf(v);
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
