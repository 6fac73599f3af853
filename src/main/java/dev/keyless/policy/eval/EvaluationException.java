package dev.keyless.policy.eval;

/**
 * A request the simulator refuses, as AWS refuses it with an error instead of a decision: a policy IAM
 * would reject ({@code MalformedPolicyDocument}) or a request that is not valid ({@code InvalidInput}).
 * Never turned into a decision: an unreadable policy is not an allow and not a deny.
 */
public class EvaluationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** AWS's error codes for the two ways SimulateCustomPolicy refuses a request. */
    public enum Kind { MALFORMED_POLICY_DOCUMENT, INVALID_INPUT }

    private final Kind kind;

    public EvaluationException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String awsCode() {
        return kind == Kind.MALFORMED_POLICY_DOCUMENT ? "MalformedPolicyDocument" : "InvalidInput";
    }

    public static EvaluationException malformed(String message) {
        return new EvaluationException(Kind.MALFORMED_POLICY_DOCUMENT, message);
    }

    public static EvaluationException invalidInput(String message) {
        return new EvaluationException(Kind.INVALID_INPUT, message);
    }
}
