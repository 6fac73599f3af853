package dev.keyless.compliance;

import dev.keyless.stack.SecretValue;

import java.util.ArrayList;
import java.util.List;

/** Sessions are short: a leaked session credential stops working within the limit. */
public final class SessionReview {

    /** IAM's default when maxSessionDuration is not set (IAM API Reference, CreateRole). */
    static final int AWS_DEFAULT_SECONDS = 3600;

    private final StackIndex index;

    public SessionReview(StackIndex index) {
        this.index = index;
    }

    public List<Violation> maxSessionAtMost(int seconds) {
        List<Violation> out = new ArrayList<>();
        for (RoleUnderReview role : index.roles()) {
            Object v = SecretValue.reveal(role.resource().property("maxSessionDuration").orElse(null));
            long duration;
            if (v == null) {
                duration = AWS_DEFAULT_SECONDS;
            } else if (v instanceof Number n) {
                duration = n.longValue();
            } else {
                out.add(new Violation(role.label(), "has maxSessionDuration \"" + v + "\", which is not a number"));
                continue;
            }
            if (duration > seconds) {
                out.add(new Violation(role.label(), "allows sessions of " + duration + " s; at most " + seconds
                        + " s are allowed"));
            }
        }
        return out;
    }
}
