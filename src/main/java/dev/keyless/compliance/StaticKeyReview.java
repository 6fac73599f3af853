package dev.keyless.compliance;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** No long-lived credential exists anywhere in the stack: no key resources, no key-shaped strings. */
public final class StaticKeyReview {

    /** Provider inputs that configure static credentials instead of the ambient chain. */
    private static final Map<String, Set<String>> PROVIDER_CREDENTIALS = Map.of(
            "pulumi:providers:aws", Set.of("accessKey", "secretKey", "token"),
            "pulumi:providers:aws-native", Set.of("accessKey", "secretKey", "token"),
            "pulumi:providers:gcp", Set.of("credentials", "accessToken"),
            "pulumi:providers:google-native", Set.of("credentials", "accessToken"));

    private final StackIndex index;

    public StaticKeyReview(StackIndex index) {
        this.index = index;
    }

    /**
     * No resource is of a credential type. The rule book's table names the types (type token →
     * what it is), so reviewers own the list.
     */
    public List<Violation> noCredentialResources(Map<String, String> credentialTypes) {
        return index.stack().resources().stream()
                .filter(r -> credentialTypes.containsKey(r.type()))
                .map(r -> new Violation(r.type() + " " + r.name(),
                        "creates a long-lived credential (" + credentialTypes.get(r.type()) + ")"))
                .toList();
    }

    /** No input or output of any resource, nor any stack output, holds key-shaped text. */
    public List<Violation> noKeyMaterial() {
        List<Violation> out = new ArrayList<>();
        for (StackResource r : index.stack().resources()) {
            String label = r.type() + " " + r.name();
            r.inputs().forEach((k, v) -> scan(label, "input " + k, v, out));
            r.outputs().forEach((k, v) -> scan(label, "output " + k, v, out));
        }
        index.stack().outputs().forEach((k, v) -> scan("stack", "output " + k, v, out));
        return out;
    }

    public List<Violation> noStaticProviderCredentials() {
        List<Violation> out = new ArrayList<>();
        for (StackResource r : index.stack().resources()) {
            Set<String> keys = PROVIDER_CREDENTIALS.getOrDefault(r.type(), Set.of());
            for (String key : keys) {
                Object v = r.inputs().get(key);
                if (v != null && !(v instanceof String s && s.isEmpty())) {
                    out.add(new Violation(r.type() + " " + r.name(), "is configured with static credentials (" + key
                            + "); use the ambient credential chain or workload identity"));
                }
            }
        }
        return out;
    }

    private static void scan(String resource, String path, Object value, List<Violation> out) {
        if (value instanceof SecretValue s) {
            if (!s.readable()) {
                out.add(new Violation(resource, path + " is an encrypted secret keyless cannot inspect; "
                        + "export the stack with 'pulumi stack export --show-secrets' to check it"));
                return;
            }
            scan(resource, path, s.plaintext().get(), out);
        } else if (value instanceof String str) {
            KeyMaterial.find(str).ifPresent(found -> out.add(new Violation(resource, path + " holds " + found)));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> scan(resource, path + "." + k, v, out));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                scan(resource, path + "[" + i + "]", l.get(i), out);
            }
        }
    }
}
