package dev.keyless.google;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Service accounts Google creates for a project and shares between workloads ("Default service
 * accounts", https://cloud.google.com/iam/docs/service-account-types#default; "Service agents",
 * https://cloud.google.com/iam/docs/service-agents). Every VM created without an explicit account runs
 * as the Compute Engine default account, every App Engine app as the App Engine one, and Google's own
 * services act as their service agents: none of them identifies one workload, so none may be the
 * identity an AWS role trusts.
 */
public final class DefaultServiceAccounts {

    private static final Pattern COMPUTE = Pattern.compile("[0-9]+-compute@developer\\.gserviceaccount\\.com");
    private static final Pattern APP_ENGINE = Pattern.compile("[a-z0-9.:-]+@appspot\\.gserviceaccount\\.com");
    private static final Pattern CLOUD_SERVICES = Pattern.compile("[0-9]+@cloud(services|build)\\.gserviceaccount\\.com");
    private static final Pattern SERVICE_AGENT = Pattern.compile(
            "service-[0-9]+@[a-z0-9-]+\\.iam\\.gserviceaccount\\.com|[a-z0-9-]+@gcp-sa-[a-z0-9-]+\\.iam\\.gserviceaccount\\.com");

    private DefaultServiceAccounts() {}

    /** What shared account {@code email} is, or empty if it is a service account of its own. */
    public static Optional<String> shared(String email) {
        String e = email.trim().toLowerCase(Locale.ROOT);
        if (COMPUTE.matcher(e).matches()) {
            return Optional.of("the project's Compute Engine default service account, which every VM created without"
                    + " an explicit account runs as");
        }
        if (APP_ENGINE.matcher(e).matches()) {
            return Optional.of("the App Engine default service account, shared by every App Engine service of the project");
        }
        if (CLOUD_SERVICES.matcher(e).matches()) {
            return Optional.of("a Google APIs or Cloud Build service account that Google's own services act as");
        }
        if (SERVICE_AGENT.matcher(e).matches()) {
            return Optional.of("a Google-managed service agent");
        }
        return Optional.empty();
    }
}
