package dev.keyless.policy.eval;

import java.util.Optional;

/**
 * Who makes the request, for matching a resource or trust policy's {@code Principal}. keyless's
 * request extension ({@code "CallerPrincipal": {"Federated": "accounts.google.com"}}) names callers the
 * IAM simulator cannot: web-identity and service callers of a role trust policy. An IAM caller comes
 * from {@code CallerArn}: a user, a role, or an assumed-role session.
 */
public record CallerPrincipal(Kind kind, String value) {

    public enum Kind {
        AWS("AWS"), FEDERATED("Federated"), SERVICE("Service");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        public static Optional<Kind> fromJson(String s) {
            for (Kind k : values()) {
                if (k.json.equals(s)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public static CallerPrincipal federated(String provider) {
        return new CallerPrincipal(Kind.FEDERATED, provider);
    }

    public static CallerPrincipal service(String service) {
        return new CallerPrincipal(Kind.SERVICE, service);
    }

    public static CallerPrincipal aws(String arn) {
        return new CallerPrincipal(Kind.AWS, arn);
    }
}
