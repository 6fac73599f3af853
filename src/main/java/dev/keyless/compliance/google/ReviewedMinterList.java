package dev.keyless.compliance.google;

import dev.keyless.google.IamMember;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members a security review allowed to act as the workload's service account, each with one role,
 * as the program exports them: the stack output {@code reviewedMinters}, a list of
 * {@code {"member": ..., "role": ...}}. No output means nobody was reviewed. An output of any other
 * shape is a problem, never an empty list, so that a typo cannot widen or hide the review.
 */
public final class ReviewedMinterList {

    public static final String OUTPUT = "reviewedMinters";

    public record Entry(IamMember member, String role) {}

    private final List<Entry> entries;
    private final List<String> problems;

    private ReviewedMinterList(List<Entry> entries, List<String> problems) {
        this.entries = entries;
        this.problems = problems;
    }

    public static ReviewedMinterList of(StackSnapshot stack) {
        Object v = SecretValue.reveal(stack.outputs().get(OUTPUT));
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (v == null) {
            return new ReviewedMinterList(List.of(), List.of());
        }
        if (!(v instanceof List<?> list)) {
            problems.add("the stack output " + OUTPUT + " is not a list of {member, role}");
            return new ReviewedMinterList(List.of(), List.copyOf(problems));
        }
        for (int i = 0; i < list.size(); i++) {
            Object e = SecretValue.reveal(list.get(i));
            if (e instanceof Map<?, ?> m && SecretValue.reveal(m.get("member")) instanceof String member
                    && SecretValue.reveal(m.get("role")) instanceof String role && m.size() == 2) {
                entries.add(new Entry(IamMember.parse(member), role));
            } else {
                problems.add("the stack output " + OUTPUT + "[" + i + "] is not {\"member\": ..., \"role\": ...}");
            }
        }
        return new ReviewedMinterList(List.copyOf(entries), List.copyOf(problems));
    }

    /** Output entries keyless could not read; each is a violation of every rule that consults the list. */
    public List<String> problems() {
        return problems;
    }

    /** The entry that reviewed this member for this role, if any (members compared as IAM does). */
    public Optional<Entry> reviewed(IamMember member, String role) {
        return entries.stream().filter(e -> e.role().equals(role) && e.member().sameAs(member)).findFirst();
    }

    /** True when some entry names this role: a custom role that a review knows about. */
    public boolean namesRole(String role) {
        return entries.stream().anyMatch(e -> e.role().equals(role));
    }
}
