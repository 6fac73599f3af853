package dev.keyless.infra;

import dev.keyless.google.IamMember;
import dev.keyless.google.IamRoleName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member a security review allowed to hold one role that can act as the workload's service account
 * (mint its tokens, run code as it, or grant either). Written in the stack config as {@code "ROLE MEMBER"},
 * the order the gcp provider's own import ids use ({@code pulumi import gcp:serviceaccount/iAMMember ...
 * "SA ROLE MEMBER"}), because Pulumi's project config types lists of strings but not lists of objects.
 *
 * @param role   {@code roles/NAME}, {@code projects/P/roles/ID} or {@code organizations/O/roles/ID}
 * @param member one identity, group or selected set of federated identities ({@code user:}, {@code group:}, ...)
 */
public record ReviewedMinter(String role, String member) {

    /** Enough for any real review; a longer list is not a review any more. */
    static final int MAX_ENTRIES = 100;

    public ReviewedMinter {
        List<String> problems = problems(role, member);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Parses one {@code "ROLE MEMBER"} entry; the problem in words, or the minter. */
    static Parsed parse(String entry) {
        String[] parts = entry.trim().split("\\s+");
        if (parts.length != 2 || parts[0].isEmpty()) {
            return new Parsed(Optional.empty(), List.of("'" + entry + "' must be \"ROLE MEMBER\", e.g. \"roles/iam.serviceAccountUser"
                    + " group:platform-deployers@example.com\""));
        }
        List<String> problems = problems(parts[0], parts[1]);
        return problems.isEmpty() ? new Parsed(Optional.of(new ReviewedMinter(parts[0], parts[1])), List.of())
                : new Parsed(Optional.empty(), problems);
    }

    record Parsed(Optional<ReviewedMinter> minter, List<String> problems) {}

    private static List<String> problems(String role, String member) {
        List<String> out = new ArrayList<>();
        if (role == null || member == null) {
            out.add("a reviewed minter needs a role and a member");
            return out;
        }
        IamRoleName.problem(role).ifPresent(out::add);
        IamMember m = IamMember.parse(member);
        m.whyNotReviewable().ifPresent(out::add);
        return out;
    }

    /** As the stack config spells it. */
    @Override
    public String toString() {
        return role + " " + member;
    }
}
