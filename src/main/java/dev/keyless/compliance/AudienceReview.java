package dev.keyless.compliance;

import dev.keyless.compliance.google.Instances;
import dev.keyless.google.SharedAudiences;
import dev.keyless.policy.model.Statement;
import dev.keyless.stack.PropertyWalk;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The token audience is used for AWS only. The role pins accounts.google.com:oaud so that a token the
 * workload minted for another service cannot be replayed to AWS; that holds only if no other service
 * receives tokens for the same audience. The audience is read wherever the stack sets it: the
 * tokenAudience output, every trust policy's :oaud, and the metadata the VM asks Google with.
 */
public final class AudienceReview {

    /** The instance metadata key the program's startup script reads the audience from. */
    static final String VM_AUDIENCE_KEY = "keyless-token-audience";

    private final StackIndex index;

    public AudienceReview(StackIndex index) {
        this.index = index;
    }

    /** No audience is the address of a service under one of {@code suffixes} (Google-hosted services). */
    public List<Violation> notAGoogleHostedService(List<String> suffixes) {
        List<Violation> out = new ArrayList<>();
        audiences().forEach((audience, where) -> SharedAudiences.hostedUnder(audience, suffixes).ifPresent(suffix ->
                out.add(new Violation("token audience \"" + audience + "\"", "is the address of a service under " + suffix
                        + " (set by " + String.join(", ", where) + "): that service receives tokens for this audience and"
                        + " can replay them to AWS; use an audience dedicated to AWS, such as sts.amazonaws.com"))));
        return out;
    }

    /**
     * No resource of the stack other than the AWS side and the VMs that mint the tokens names the
     * audience: as a value (a Cloud Run custom audience, an OIDC token's audience) or as the host of a
     * URL it serves or calls (a Cloud Run service URL, a DNS name, a certificate domain).
     */
    public List<Violation> noOtherServiceReceivesIt() {
        List<Violation> out = new ArrayList<>();
        Map<String, Set<String>> audiences = audiences();
        List<StackResource> minters = Instances.runningAs(index.stack(), index.workloadAccounts());
        for (StackResource r : index.stack().resources()) {
            if (r.type().equals("pulumi:pulumi:Stack") || ResourceTypes.awsSide(r.type())
                    || minters.contains(r)) {
                continue;
            }
            for (String audience : audiences.keySet()) {
                Map<String, Boolean> paths = new LinkedHashMap<>();
                Optional<Pattern> host = SharedAudiences.host(audience).filter(h -> !SharedAudiences.isAwsSts(h))
                        .map(h -> Pattern.compile("(?<![A-Za-z0-9.-])" + Pattern.quote(h) + "(?![A-Za-z0-9-])", Pattern.CASE_INSENSITIVE));
                PropertyWalk.resource(r, (path, name, value) -> {
                    if (value instanceof String s && (same(s, audience) || host.map(p -> p.matcher(s).find()).orElse(false))) {
                        paths.put(path, true);
                    }
                });
                if (!paths.isEmpty()) {
                    out.add(new Violation(r.type() + " " + r.name(), "names the token audience \"" + audience + "\" ("
                            + String.join(", ", paths.keySet()) + "): a service that serves, accepts or is sent tokens for"
                            + " this audience can replay them to AWS; give AWS an audience of its own"));
                }
            }
        }
        return out;
    }

    /** Every audience the stack sets, with where it sets it. */
    Map<String, Set<String>> audiences() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        index.tokenAudience().ifPresent(a -> add(out, a, "stack output tokenAudience"));
        for (RoleUnderReview role : index.roles()) {
            role.trustPolicy().flatMap(p -> p.policy()).ifPresent(policy -> policy.statements().stream()
                    .filter(Statement::allows).flatMap(s -> s.conditions().stream())
                    .filter(c -> GoogleKeys.same(c.key().value(), GoogleKeys.OAUD))
                    .flatMap(c -> c.values().stream())
                    .forEach(v -> add(out, v.text(), role.label() + " (accounts.google.com:oaud)")));
        }
        for (StackResource vm : Instances.runningAs(index.stack(), index.workloadAccounts())) {
            String a = Instances.metadata(vm).get(VM_AUDIENCE_KEY);
            if (a != null) {
                add(out, a, vm.type() + " " + vm.name() + " (metadata " + VM_AUDIENCE_KEY + ")");
            }
        }
        return out;
    }

    private static void add(Map<String, Set<String>> out, String audience, String where) {
        out.computeIfAbsent(audience, k -> new LinkedHashSet<>()).add(where);
    }

    /** Equal as audiences: ignoring case, surrounding space and a trailing slash. */
    private static boolean same(String value, String audience) {
        return norm(value).equals(norm(audience));
    }

    private static String norm(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }
}
