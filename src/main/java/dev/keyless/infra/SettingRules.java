package dev.keyless.infra;

import dev.keyless.google.SharedAudiences;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The naming and range rules of the clouds, one method per kind of value. Each returns the problem
 * in words, or empty when the value is fine; {@link FederationSettings} prefixes the setting's key.
 */
final class SettingRules {

    /** IAM role MaxSessionDuration: "Minimum value of 3600. Maximum value of 43200." (IAM API CreateRole). */
    static final int MIN_SESSION_SECONDS = 3600;
    static final int MAX_SESSION_SECONDS = 43200;
    /** Terraform/Pulumi bucket_prefix: the provider appends 26 characters and a name may not exceed 63. */
    static final int MAX_BUCKET_PREFIX = 63 - 26;

    // GCP IAM CreateServiceAccount: "must be 6-30 characters long, and match [a-z]([-a-z0-9]*[a-z0-9])".
    private static final Pattern SERVICE_ACCOUNT_ID = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])");
    // GCP project ids: 6-30 characters, a letter first, no trailing hyphen; legacy ids carry "domain:".
    private static final Pattern GCP_PROJECT = Pattern.compile("([a-z0-9.-]+:)?[a-z][-a-z0-9]{4,28}[a-z0-9]");
    private static final Pattern ZONE = Pattern.compile("[a-z]+-[a-z]+[0-9]+-[a-z]");
    private static final Pattern AWS_REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");
    private static final Pattern MACHINE_TYPE = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");
    private static final Pattern IMAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:-]*");
    private static final Pattern BUCKET_PREFIX = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private SettingRules() {}

    static Optional<String> serviceAccountId(String v) {
        if (v.length() < 6 || v.length() > 30 || !SERVICE_ACCOUNT_ID.matcher(v).matches()) {
            return problem("'%s' is not a GCP service account id: 6-30 characters matching [a-z]([-a-z0-9]*[a-z0-9])", v);
        }
        return Optional.empty();
    }

    static Optional<String> gcpProject(String v) {
        if (!GCP_PROJECT.matcher(v).matches()) {
            return problem("'%s' is not a GCP project id: 6-30 lowercase letters, digits or hyphens, starting with a letter", v);
        }
        return Optional.empty();
    }

    static Optional<String> zone(String v) {
        if (!ZONE.matcher(v).matches()) {
            return problem("'%s' is not a Compute Engine zone such as us-east4-c (REGION-ZONELETTER)", v);
        }
        return Optional.empty();
    }

    static Optional<String> awsRegion(String v) {
        if (!AWS_REGION.matcher(v).matches()) {
            return problem("'%s' is not an AWS region such as us-east-1", v);
        }
        return Optional.empty();
    }

    static Optional<String> machineType(String v) {
        if (!MACHINE_TYPE.matcher(v).matches()) {
            return problem("'%s' is not a Compute Engine machine type such as e2-micro", v);
        }
        return Optional.empty();
    }

    static Optional<String> image(String v) {
        if (!IMAGE.matcher(v).matches()) {
            return problem("'%s' is not an image reference such as debian-cloud/debian-12", v);
        }
        return Optional.empty();
    }

    /**
     * The audience ends up as a StringEquals value in the trust policy. IAM substitutes policy
     * variables ({@code ${...}}) in condition string values (IAM User Guide, "IAM policy elements:
     * Variables and tags"), so such a value would not compare literally.
     */
    static Optional<String> tokenAudience(String v) {
        if (v.isBlank()) {
            return problem("must not be empty: it is the audience the workload asks Google for, pinned by accounts.google.com:oaud");
        }
        if (v.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return problem("'%s' must not contain spaces or control characters", v);
        }
        if (v.contains("${")) {
            return problem("'%s' must not contain '${': IAM would read it as a policy variable in the trust condition", v);
        }
        if (v.contains("*") || v.contains("?")) {
            return problem("'%s' must not contain '*' or '?': StringEquals compares literally, so it would not act as a wildcard", v);
        }
        Optional<String> shared = SharedAudiences.googleHosted(v);
        if (shared.isPresent()) {
            return problem("'%s' is the address of a service under %s, which receives Google ID tokens for that audience"
                    + " and could replay them to AWS; use an audience dedicated to AWS, such as sts.amazonaws.com", v, shared.get());
        }
        return Optional.empty();
    }

    /**
     * S3 general purpose bucket naming rules (Amazon S3 User Guide, "Bucket naming rules"), applied
     * to a prefix. Dots are refused although S3 allows them: virtual-hosted HTTPS requests to a
     * dotted name fail certificate validation, and Transfer Acceleration refuses them.
     */
    static Optional<String> bucketPrefix(String v) {
        if (v.isEmpty()) {
            return problem("must not be empty");
        }
        if (v.length() > MAX_BUCKET_PREFIX) {
            return problem("'%s' is %d characters; at most %d fit before the 26-character unique suffix (S3 names are at most 63)",
                    v, v.length(), MAX_BUCKET_PREFIX);
        }
        if (v.contains(".")) {
            return problem("'%s' must not contain dots: virtual-hosted HTTPS requests to dotted bucket names fail certificate checks", v);
        }
        if (!BUCKET_PREFIX.matcher(v).matches()) {
            return problem("'%s' breaks the S3 naming rules: lowercase letters, digits and hyphens, starting with a letter or digit", v);
        }
        for (String reserved : new String[] {"xn--", "sthree-", "amzn-s3-demo-"}) {
            if (v.startsWith(reserved)) {
                return problem("'%s' starts with '%s', which S3 reserves", v, reserved);
            }
        }
        return Optional.empty();
    }

    static Optional<String> maxSessionDuration(int seconds) {
        if (seconds < MIN_SESSION_SECONDS || seconds > MAX_SESSION_SECONDS) {
            return problem("%d seconds is outside what AWS allows for a role (%d..%d)", seconds, MIN_SESSION_SECONDS, MAX_SESSION_SECONDS);
        }
        return Optional.empty();
    }

    private static Optional<String> problem(String format, Object... args) {
        return Optional.of(String.format(java.util.Locale.ROOT, format, args));
    }
}
