package dev.keyless.compliance;

import dev.keyless.compliance.secrets.SecretScanner;
import dev.keyless.compliance.secrets.SplitKeyIds;
import dev.keyless.stack.PropertyWalk;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * No input or output of any resource, nor any stack output, holds a credential in any encoding
     * (see {@link SecretScanner}), and no resource holds an AWS key id cut into pieces. Each violation
     * names the resource and the property path, never the secret.
     */
    public List<Violation> noKeyMaterial() {
        List<Violation> out = new ArrayList<>();
        for (StackResource r : index.stack().resources()) {
            String label = r.type() + " " + r.name();
            Map<String, String> inputs = new LinkedHashMap<>();
            Map<String, String> outputs = new LinkedHashMap<>();
            PropertyWalk.resource(r, (path, name, value) ->
                    scan(label, path, name, value, path.startsWith("input ") ? inputs : outputs, out));
            for (Map<String, String> part : List.of(inputs, outputs)) {
                for (List<String> pieces : SplitKeyIds.find(part)) {
                    out.add(new Violation(label, "holds an AWS access key id split across " + String.join(" + ", pieces)
                            + " (pieces not shown)"));
                }
            }
        }
        Map<String, String> stackStrings = new LinkedHashMap<>();
        index.stack().outputs().forEach((k, v) -> PropertyWalk.value("output " + k, k, v,
                (path, name, value) -> scan("stack", path, name, value, stackStrings, out)));
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

    private static void scan(String resource, String path, String name, Object value, Map<String, String> strings,
                             List<Violation> out) {
        if (value instanceof PropertyWalk.Unreadable u) {
            out.add(new Violation(resource, path + " cannot be checked: " + u.why()));
        } else if (value instanceof String str) {
            strings.put(path, str);
            List<SecretScanner.Finding> found = SecretScanner.scan(name, str);
            if (!found.isEmpty()) {
                out.add(new Violation(resource, path + " holds " + String.join("; ",
                        found.stream().map(SecretScanner.Finding::describe).toList())));
            }
        }
    }
}
