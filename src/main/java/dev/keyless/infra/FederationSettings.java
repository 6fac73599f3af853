package dev.keyless.infra;

import com.pulumi.Context;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the program can be told, parsed and validated in one place. A record built directly
 * is validated too, so no stack is ever built from settings AWS or GCP would refuse.
 *
 * @param gcpProject         {@code gcp:project}
 * @param awsRegion          {@code aws:region}
 * @param serviceAccountId   account id of the workload's service account
 * @param zone               zone of the VM
 * @param machineType        machine type of the VM
 * @param image              boot image of the VM
 * @param tokenAudience      audience of the Google ID token, pinned by {@code accounts.google.com:oaud}
 * @param bucketPrefix       prefix of the bucket name
 * @param forceDestroy       whether destroying the stack may delete a bucket that still holds objects
 * @param maxSessionDuration longest STS session of the role, in seconds
 * @param reviewedMinters    the members a review allows to act as the service account, each with one role
 * @param googleOrganizationNumber the Google Cloud organization every trust pins; empty for none
 * @param workloads          the configured workloads; empty: the settings above describe the one workload
 */
public record FederationSettings(String gcpProject, String awsRegion, String serviceAccountId, String zone,
                                 String machineType, String image, String tokenAudience, String bucketPrefix,
                                 boolean forceDestroy, int maxSessionDuration, List<ReviewedMinter> reviewedMinters,
                                 String googleOrganizationNumber, List<WorkloadConfig> workloads) {

    /** The project and region {@link #defaults()} uses: placeholders for tests and the offline render. */
    public static final String EXAMPLE_GCP_PROJECT = "keyless-example";
    public static final String EXAMPLE_AWS_REGION = "us-east-1";

    public FederationSettings {
        List<String> problems = new ArrayList<>();
        check(problems, Setting.GCP_PROJECT, gcpProject, SettingRules::gcpProject);
        check(problems, Setting.AWS_REGION, awsRegion, SettingRules::awsRegion);
        check(problems, Setting.SERVICE_ACCOUNT_ID, serviceAccountId, SettingRules::serviceAccountId);
        check(problems, Setting.ZONE, zone, SettingRules::zone);
        check(problems, Setting.MACHINE_TYPE, machineType, SettingRules::machineType);
        check(problems, Setting.IMAGE, image, SettingRules::image);
        check(problems, Setting.TOKEN_AUDIENCE, tokenAudience, SettingRules::tokenAudience);
        check(problems, Setting.BUCKET_PREFIX, bucketPrefix, SettingRules::bucketPrefix);
        SettingRules.maxSessionDuration(maxSessionDuration)
                .ifPresent(p -> problems.add(Setting.MAX_SESSION_DURATION.key() + ": " + p));
        reviewedMinters = reviewedMinters == null ? null : List.copyOf(reviewedMinters);
        if (reviewedMinters == null) {
            problems.add(Setting.REVIEWED_MINTERS.key() + ": is not set");
        } else {
            ReviewedMinters.duplicate(reviewedMinters)
                    .ifPresent(p -> problems.add(Setting.REVIEWED_MINTERS.key() + ": " + p));
        }
        check(problems, Setting.GOOGLE_ORGANIZATION_NUMBER, googleOrganizationNumber, SettingRules::organizationNumber);
        workloads = workloads == null ? null : List.copyOf(workloads);
        if (workloads == null) {
            problems.add(Setting.WORKLOADS.key() + ": is not set");
        } else {
            problems.addAll(WorkloadList.conflicts(workloads));
            problems.addAll(workloadProblems(workloads, gcpProject, bucketPrefix));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }

    /** Whether {@code keyless-federation:workloads} lists the workloads (else the flat settings describe one). */
    public boolean configuresWorkloads() {
        return !workloads.isEmpty();
    }

    /** Problems that need the other settings: a created account that is also given as existing, a bucket name too long. */
    private static List<String> workloadProblems(List<WorkloadConfig> workloads, String gcpProject, String bucketPrefix) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> existing = new java.util.HashSet<>();
        workloads.forEach(w -> w.serviceAccountEmail().ifPresent(existing::add));
        for (WorkloadConfig w : workloads) {
            String where = Setting.WORKLOADS.key() + " (" + w.name() + ").";
            w.serviceAccountId().map(id -> id + "@" + gcpProject + ".iam.gserviceaccount.com").filter(existing::contains)
                    .ifPresent(e -> out.add(where + "serviceAccountId: creates " + e + ", which another workload names as"
                            + " an existing account; every workload needs an account of its own"));
            if (!w.existingBucket() && bucketPrefix != null
                    && (bucketPrefix + w.name() + "-").length() > SettingRules.MAX_BUCKET_PREFIX) {
                out.add(where + "name: the bucket prefix " + bucketPrefix + w.name() + "- is longer than "
                        + SettingRules.MAX_BUCKET_PREFIX + " characters; shorten the name or keyless-federation:bucketPrefix");
            }
        }
        return out;
    }

    /** The declared defaults, with {@link #EXAMPLE_GCP_PROJECT} and {@link #EXAMPLE_AWS_REGION}. */
    public static FederationSettings defaults() {
        return fromValues(Map.of(Setting.GCP_PROJECT.key(), EXAMPLE_GCP_PROJECT,
                Setting.AWS_REGION.key(), EXAMPLE_AWS_REGION));
    }

    /**
     * Reads the stack's config through the context: the provider SDKs' own Config classes cache
     * values in statics and would leak between programs run in one JVM.
     */
    public static FederationSettings fromConfig(Context ctx) {
        return fromValues(s -> ctx.config(s.namespace()).get(s.settingName()));
    }

    /** Reads full keys ({@code keyless-federation:zone}, {@code gcp:project}) from a map. */
    public static FederationSettings fromValues(Map<String, String> values) {
        return fromValues(s -> Optional.ofNullable(values.get(s.key())));
    }

    /** Applies the defaults, parses booleans and integers, and validates; every problem is reported at once. */
    public static FederationSettings fromValues(Function<Setting, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        Map<Setting, String> raw = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            Optional<String> value = lookup.apply(s).or(s::defaultValue);
            if (value.isEmpty()) {
                problems.add(s.key() + ": is not set (pulumi config set " + s.key() + " VALUE)");
            } else {
                raw.put(s, value.get().trim());
            }
        }
        Boolean forceDestroy = parseBoolean(raw.get(Setting.FORCE_DESTROY), problems);
        Integer session = parseInteger(raw.get(Setting.MAX_SESSION_DURATION), problems);
        List<ReviewedMinter> minters = ReviewedMinters.parse(raw.get(Setting.REVIEWED_MINTERS), problems);
        List<WorkloadConfig> workloads = WorkloadList.parse(raw.get(Setting.WORKLOADS), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new FederationSettings(raw.get(Setting.GCP_PROJECT), raw.get(Setting.AWS_REGION),
                raw.get(Setting.SERVICE_ACCOUNT_ID), raw.get(Setting.ZONE), raw.get(Setting.MACHINE_TYPE),
                raw.get(Setting.IMAGE), raw.get(Setting.TOKEN_AUDIENCE), raw.get(Setting.BUCKET_PREFIX),
                forceDestroy, session, minters, raw.get(Setting.GOOGLE_ORGANIZATION_NUMBER), workloads);
    }

    /** The Google Cloud organization number every trust pins, when one is set. */
    public java.util.Optional<String> organization() {
        return googleOrganizationNumber.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(googleOrganizationNumber);
    }

    /** The Compute Engine region of {@link #zone()}: {@code us-east4-c} lies in {@code us-east4}. */
    public String region() {
        return zone.substring(0, zone.lastIndexOf('-'));
    }

    private static void check(List<String> problems, Setting setting, String value,
                              Function<String, Optional<String>> rule) {
        if (value == null) {
            problems.add(setting.key() + ": is not set");
            return;
        }
        rule.apply(value).ifPresent(p -> problems.add(setting.key() + ": " + p));
    }

    private static Boolean parseBoolean(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        problems.add(Setting.FORCE_DESTROY.key() + ": '" + value + "' is not a boolean (true or false)");
        return null;
    }

    private static Integer parseInteger(String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        java.math.BigInteger exact;
        try {
            exact = new java.math.BigInteger(value);
        } catch (NumberFormatException e) {
            problems.add(Setting.MAX_SESSION_DURATION.key() + ": '" + value + "' is not a whole number of seconds");
            return null;
        }
        if (exact.bitLength() >= 32) {
            // never wrapped into an int: out of AWS's range as written (the constructor checks the rest)
            problems.add(Setting.MAX_SESSION_DURATION.key() + ": " + exact + " seconds is outside what AWS allows for a role ("
                    + SettingRules.MIN_SESSION_SECONDS + ".." + SettingRules.MAX_SESSION_SECONDS + ")");
            return null;
        }
        return exact.intValue();
    }
}
