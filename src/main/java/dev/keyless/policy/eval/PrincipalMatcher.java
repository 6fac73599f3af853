package dev.keyless.policy.eval;

import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Text;

import java.util.HashSet;
import java.util.Set;

/**
 * A compiled Principal or NotPrincipal element. Principal values are compared exactly: IAM supports no
 * wildcard in a principal except the whole value {@code "*"} ("You cannot use a wildcard to match part
 * of a principal name or ARN", IAM User Guide, "AWS JSON policy elements: Principal"). A 12-digit
 * account id means that account's root ARN.
 */
final class PrincipalMatcher {

    /** How a statement's principal names the caller; the order is from weakest to strongest. */
    enum Match {
        NONE,
        /** The caller's account: the account delegates to its own identity policies. */
        ACCOUNT,
        /** {@code "*"}: every principal. */
        ANY,
        /** The role the caller's session belongs to (or the role itself). */
        ROLE,
        /** The caller's own ARN, or its federated provider or service name. */
        DIRECT
    }

    private final boolean negated;
    private final boolean everyone;
    private final Set<String> aws = new HashSet<>();
    private final Set<String> federated = new HashSet<>();
    private final Set<String> services = new HashSet<>();

    PrincipalMatcher(PrincipalElement element) throws EvaluationException {
        this.negated = element.negated();
        boolean all = element.wildcard();
        if (!element.wildcard() && element.entries().isEmpty()) {
            throw EvaluationException.malformed("Invalid principal in policy: " + element.name()
                    + " must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}");
        }
        for (PrincipalEntry e : element.entries()) {
            String type = e.type().value();
            for (Text t : e.values()) {
                String v = t.value();
                switch (type) {
                    case "AWS":
                        if (v.equals("*")) {
                            all = true;
                        } else {
                            aws.add(isAccountId(v) ? "arn:aws:iam::" + v + ":root" : v);
                        }
                        break;
                    case "Federated":
                        federated.add(v);
                        break;
                    case "Service":
                        services.add(v);
                        break;
                    case "CanonicalUser":
                        break;
                    default:
                        throw EvaluationException.malformed("Invalid principal in policy: unknown principal type "
                                + type + " (use AWS, Federated, Service or CanonicalUser)");
                }
            }
        }
        this.everyone = all;
    }

    private static boolean isAccountId(String v) {
        return v.length() == 12 && v.chars().allMatch(Character::isDigit);
    }

    /** A Principal of {@code "*"} (or {@code {"AWS": "*"}}): it applies to every caller. */
    boolean matchesEveryone() {
        return everyone && !negated;
    }

    /** {@code "NotPrincipal": "*"}: the statement applies to nobody. */
    boolean excludesEveryone() {
        return everyone && negated;
    }

    boolean negated() {
        return negated;
    }

    /** How the Principal element names the caller; for NotPrincipal, {@code ANY} when it applies. */
    Match match(Caller caller) {
        if (negated) {
            return excludes(caller) ? Match.NONE : Match.ANY;
        }
        if (everyone) {
            return best(Match.ANY, named(caller));
        }
        return named(caller);
    }

    private Match named(Caller caller) {
        switch (caller.kind()) {
            case FEDERATED:
                return federated.contains(caller.arn()) ? Match.DIRECT : Match.NONE;
            case SERVICE:
                return services.contains(caller.arn()) ? Match.DIRECT : Match.NONE;
            case IAM_ROLE:
                if (aws.contains(caller.arn())) {
                    return Match.ROLE;
                }
                return aws.contains(caller.accountRoot()) ? Match.ACCOUNT : Match.NONE;
            default:
                if (aws.contains(caller.arn())) {
                    return Match.DIRECT;
                }
                if (caller.roleArn() != null && aws.contains(caller.roleArn())) {
                    return Match.ROLE;
                }
                return aws.contains(caller.accountRoot()) ? Match.ACCOUNT : Match.NONE;
        }
    }

    /** NotPrincipal excludes a caller only when it lists every identifier in the caller's chain. */
    private boolean excludes(Caller caller) {
        if (everyone) {
            return true;
        }
        for (String id : caller.chain()) {
            boolean listed = aws.contains(id) || federated.contains(id) || services.contains(id);
            if (!listed) {
                return false;
            }
        }
        return true;
    }

    private static Match best(Match a, Match b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
