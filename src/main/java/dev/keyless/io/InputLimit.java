package dev.keyless.io;

/**
 * The most keyless reads of one kind of input, in bytes, and why that much. Where AWS documents a
 * limit the cap leaves room above it (a document over AWS's quota is still read and reported with
 * its size finding); elsewhere the limit is keyless's own and named here, so a refusal can say which.
 *
 * @param what    what the input is, as a refusal names it
 * @param maxBytes the largest input read; one byte more is refused without reading further
 * @param why     where the number comes from
 */
public record InputLimit(String what, int maxBytes, String why) {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;

    /**
     * A policy document: IAM's largest policy type holds 131,072 characters without whitespace
     * (IAM API Reference, SimulateCustomPolicy PolicyInputList) and ValidatePolicy refuses more than
     * 32,768; eight times the larger leaves room for any indentation.
     */
    public static final InputLimit POLICY_DOCUMENT = new InputLimit("policy document", MIB,
            "8 x IAM's largest policy document, 131,072 characters");

    /** One SimulateCustomPolicy request (--cli-input-json, or one --batch line): a few full-size policies. */
    public static final InputLimit SIMULATION_REQUEST = new InputLimit("simulation request", 4 * MIB,
            "32 policies of IAM's largest size, 131,072 characters");

    /** A Pulumi stack export: keyless's own limit, far above any stack of this program. */
    public static final InputLimit STACK_EXPORT = new InputLimit("stack export", 64 * MIB,
            "keyless's limit for a pulumi stack export");

    /** {@code pulumi stack output --json}: a handful of outputs. */
    public static final InputLimit STACK_OUTPUTS = new InputLimit("stack outputs file", MIB,
            "keyless's limit for pulumi stack output --json");

    /** {@code Pulumi.<stack>.yaml}: a few settings. */
    public static final InputLimit STACK_CONFIG = new InputLimit("stack config file", MIB,
            "keyless's limit for a Pulumi.<stack>.yaml");

    /** {@code compliance-exceptions.yaml}. */
    public static final InputLimit EXCEPTIONS = new InputLimit("exceptions file", MIB,
            "keyless's limit for compliance-exceptions.yaml");

    /** A Google ID token or its claims: Google's tokens are about 1 KB. */
    public static final InputLimit TOKEN = new InputLimit("token", 64 * KIB,
            "keyless's limit for a Google ID token or its claims");

    /**
     * {@code aws iam get-account-authorization-details} output: every role, user, group and policy of
     * an account, each managed policy with all its versions; keyless's limit, far above large accounts.
     */
    public static final InputLimit AUTHORIZATION_DETAILS = new InputLimit("account authorization details file", 512 * MIB,
            "keyless's limit for get-account-authorization-details output");

    /** CheckAccessNotGranted's access list: at most 100 actions and 100 resources a call (Access Analyzer API Reference). */
    public static final InputLimit ACCESS = new InputLimit("access list", MIB,
            "keyless's limit for --access (any number of 100 x 100 calls)");

    public InputLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a limit must be positive: " + maxBytes);
        }
    }

    /** "1 MiB", "64 KiB", "4,000 bytes". */
    public String size() {
        if (maxBytes % MIB == 0) {
            return maxBytes / MIB + " MiB";
        }
        if (maxBytes % KIB == 0) {
            return maxBytes / KIB + " KiB";
        }
        return String.format("%,d bytes", maxBytes);
    }

    /** How a refusal names this limit: "the 1 MiB limit for a policy document (8 x ...)". */
    public String describe() {
        return "the " + size() + " limit for a " + what + " (" + why + ")";
    }
}
