package dev.keyless.google;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Audiences that other services receive. A Google ID token is a bearer token for whoever it names as
 * audience: Cloud Run, Cloud Functions, App Engine, IAP and Google's APIs take tokens whose {@code aud}
 * is their own URL (https://cloud.google.com/run/docs/authenticating/service-to-service,
 * https://cloud.google.com/functions/docs/securing/authenticating). If the audience a role pins with
 * {@code accounts.google.com:oaud} is such a URL, every token the workload sends to that service can
 * be replayed to AWS by the service (or anyone who reads its logs). The default {@code sts.amazonaws.com}
 * names AWS itself.
 */
public final class SharedAudiences {

    /**
     * Hosts (and their subdomains) of Google-hosted services that receive Google ID tokens: the rule
     * book's table in features/a-dedicated-audience.feature lists the same, a test keeps them equal.
     */
    public static final List<String> HOST_SUFFIXES = List.of(
            "run.app", "cloudfunctions.net", "googleapis.com", "appspot.com", "googleusercontent.com",
            "gateway.dev", "cloud.goog", "web.app", "firebaseapp.com");

    private SharedAudiences() {}

    /**
     * The host an audience names: the host of a URL ({@code https://svc-abc.a.run.app/path}, also
     * scheme-relative {@code //iam.googleapis.com/...}), or the audience itself when it is a host name
     * ({@code svc-abc.a.run.app}); lower case, without a trailing dot. Empty when it names no host.
     */
    public static Optional<String> host(String audience) {
        String a = audience.trim();
        String candidate;
        int scheme = a.indexOf("://");
        if (scheme > 0 || a.startsWith("//")) {
            try {
                candidate = new URI(a.startsWith("//") ? "https:" + a : a).getHost();
            } catch (URISyntaxException e) {
                String rest = a.substring(scheme > 0 ? scheme + 3 : 2);
                candidate = rest.split("[/:?#]", 2)[0];
            }
        } else {
            candidate = a.split("[/:?#]", 2)[0];
        }
        if (candidate == null || !candidate.contains(".")) {
            return Optional.empty();
        }
        String h = candidate.toLowerCase(Locale.ROOT);
        return Optional.of(h.endsWith(".") ? h.substring(0, h.length() - 1) : h);
    }

    /** The suffix of {@link #HOST_SUFFIXES} whose service receives this audience, if any. */
    public static Optional<String> googleHosted(String audience) {
        return hostedUnder(audience, HOST_SUFFIXES);
    }

    /** The first of {@code suffixes} that the audience's host is, or lies under. */
    public static Optional<String> hostedUnder(String audience, List<String> suffixes) {
        return host(audience).flatMap(h -> suffixes.stream()
                .map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> h.equals(s) || h.endsWith("." + s)).findFirst());
    }

    /** AWS STS itself ({@code sts.amazonaws.com}, {@code sts.REGION.amazonaws.com}): the audience's own receiver. */
    public static boolean isAwsSts(String host) {
        return host.equals("sts.amazonaws.com") || host.matches("sts(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?");
    }
}
