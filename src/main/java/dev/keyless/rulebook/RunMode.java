package dev.keyless.rulebook;

import dev.keyless.UserError;

import java.util.Locale;
import java.util.Objects;

/**
 * How a run judges, chosen once and said at the top of the run and in its report: {@link Mode#OFFLINE}
 * (keyless's own checker and evaluator, no network) or {@link Mode#LIVE} (AWS itself), and which
 * engine answers each capability. A record so reports can read it without knowing the backends.
 *
 * @param mode          offline or live
 * @param validator     who answers ValidatePolicy
 * @param customChecks  who answers CheckAccessNotGranted / CheckNoNewAccess / CheckNoPublicAccess
 * @param simulator     who decides the role's requests
 * @param trust         where the trust verdict comes from (never the IAM simulator: aws-cli issue 10314)
 */
public record RunMode(Mode mode, String validator, String customChecks, String simulator, String trust) {

    /** The environment variable that chooses the mode when no {@code --live} is given. */
    public static final String ENV = "KEYLESS_MODE";

    public enum Mode {
        OFFLINE, LIVE;

        /** {@code offline} or {@code live}, as {@value RunMode#ENV} spells it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RunMode {
        Objects.requireNonNull(mode);
        Objects.requireNonNull(validator);
        Objects.requireNonNull(customChecks);
        Objects.requireNonNull(simulator);
        Objects.requireNonNull(trust);
    }

    /**
     * The mode of a run: {@code --live} wins; otherwise {@value #ENV} ({@code offline} or {@code live},
     * any case); unset or blank means offline. Any other value is a tool error, never a guess.
     */
    public static Mode choose(boolean liveFlag, String environmentValue) {
        Mode fromEnv = Mode.OFFLINE;
        if (environmentValue != null && !environmentValue.isBlank()) {
            String v = environmentValue.trim().toLowerCase(Locale.ROOT);
            if (v.equals("live")) {
                fromEnv = Mode.LIVE;
            } else if (!v.equals("offline")) {
                throw new UserError(ENV + " is '" + environmentValue + "': set it to offline or live (or unset it;"
                        + " offline is the default)");
            }
        }
        return liveFlag ? Mode.LIVE : fromEnv;
    }

    /** {@link #choose} with this process's {@value #ENV}. */
    public static Mode choose(boolean liveFlag) {
        return choose(liveFlag, System.getenv(ENV));
    }

    public static RunMode offline() {
        return new RunMode(Mode.OFFLINE, "keyless's ValidatePolicy checker", "keyless's CheckAccessNotGranted",
                "keyless's IAM evaluator", "keyless's IAM evaluator with the Google token's claims");
    }

    /** Before a deploy: the rendered documents sent to AWS. */
    public static RunMode live(String region) {
        return new RunMode(Mode.LIVE, "IAM Access Analyzer ValidatePolicy (" + region + ")",
                "IAM Access Analyzer custom policy checks (" + region + ")", "IAM SimulateCustomPolicy", LIVE_TRUST);
    }

    /** After a deploy: the deployed role read back from IAM and simulated by its ARN. */
    public static RunMode deployed(String region, String roleArn) {
        return new RunMode(Mode.LIVE, "IAM Access Analyzer ValidatePolicy (" + region + ")",
                "IAM Access Analyzer custom policy checks (" + region + ")",
                "IAM SimulatePrincipalPolicy on " + roleArn, "the deployed trust policy compared with the reviewed"
                        + " one (equal as JSON, or Access Analyzer's CheckNoNewAccess), plus Access Analyzer's ValidatePolicy"
                        + " and CheckNoPublicAccess on it (AWS cannot simulate trust policies, aws-cli issue 10314)");
    }

    /**
     * The IAM simulator cannot evaluate a role trust policy for sts:AssumeRole* (aws-cli issue 10314),
     * so a live run says where its trust verdict comes from instead.
     */
    static final String LIVE_TRUST = "keyless's IAM evaluator with the Google token's claims (AWS cannot simulate"
            + " trust policies, aws-cli issue 10314), plus Access Analyzer's ValidatePolicy findings and"
            + " CheckNoPublicAccess on the trust policy";

    public boolean live() {
        return mode == Mode.LIVE;
    }

    /** The lines a run prints under its header, one per capability. */
    public java.util.List<String> backendLines() {
        return java.util.List.of("validate:   " + validator, "checks:     " + customChecks,
                "simulate:   " + simulator, "trust:      " + trust);
    }
}
