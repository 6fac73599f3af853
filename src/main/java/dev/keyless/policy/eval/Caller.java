package dev.keyless.policy.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The caller as policy evaluation sees it: its kind, the account it belongs to (IAM callers), and the
 * principal identifiers a Principal element can name it by, most specific first.
 */
final class Caller {

    enum Kind { IAM_USER, IAM_ROLE, ROLE_SESSION, FEDERATED, SERVICE }

    private final Kind kind;
    private final String arn;
    private final String account;
    private final String roleArn;

    private Caller(Kind kind, String arn, String account, String roleArn) {
        this.kind = kind;
        this.arn = arn;
        this.account = account;
        this.roleArn = roleArn;
    }

    static Caller of(CallerPrincipal p) throws EvaluationException {
        switch (p.kind()) {
            case FEDERATED:
                return new Caller(Kind.FEDERATED, p.value(), null, null);
            case SERVICE:
                return new Caller(Kind.SERVICE, p.value(), null, null);
            default:
                return iam(p.value());
        }
    }

    /** An IAM user, role or assumed-role session ARN ({@code CallerArn}). */
    static Caller iam(String arn) throws EvaluationException {
        String[] parts = ArnPattern.split(arn);
        if (parts == null || !parts[0].equals("arn") || parts[4].length() != 12
                || !parts[4].chars().allMatch(Character::isDigit)) {
            throw EvaluationException.invalidInput("CallerArn " + arn
                    + " is not the ARN of an IAM user, role or role session (arn:aws:iam::123456789012:user/NAME)");
        }
        String service = parts[2];
        String resource = parts[5];
        if (service.equals("iam") && resource.startsWith("user/")) {
            return new Caller(Kind.IAM_USER, arn, parts[4], null);
        }
        if (service.equals("iam") && resource.startsWith("role/")) {
            return new Caller(Kind.IAM_ROLE, arn, parts[4], arn);
        }
        if (service.equals("sts") && resource.startsWith("assumed-role/")) {
            String[] names = resource.split("/");
            if (names.length >= 3) {
                String role = "arn:" + parts[1] + ":iam::" + parts[4] + ":role/" + names[1];
                return new Caller(Kind.ROLE_SESSION, arn, parts[4], role);
            }
        }
        throw EvaluationException.invalidInput("CallerArn " + arn
                + " must be an IAM user, role or assumed-role session ARN");
    }

    Kind kind() {
        return kind;
    }

    boolean iam() {
        return account != null;
    }

    String account() {
        return account;
    }

    String arn() {
        return arn;
    }

    String roleArn() {
        return roleArn;
    }

    String accountRoot() {
        return account == null ? null : "arn:aws:iam::" + account + ":root";
    }

    /**
     * The identifiers a NotPrincipal must list to exclude this caller: AWS evaluates NotPrincipal
     * against the caller and the account (and role) it belongs to, so "you must also include the
     * account ARN" (IAM User Guide, "AWS JSON policy elements: NotPrincipal").
     */
    List<String> chain() {
        List<String> ids = new ArrayList<>(3);
        ids.add(arn);
        if (kind == Kind.ROLE_SESSION) {
            ids.add(roleArn);
        }
        if (account != null) {
            ids.add(accountRoot());
        }
        return ids;
    }
}
