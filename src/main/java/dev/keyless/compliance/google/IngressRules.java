package dev.keyless.compliance.google;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The firewall rules of a stack that let traffic in to a VM: VPC firewall rules on the VM's network
 * that target it (no targets means every VM of the network, per "VPC firewall rules"), and every
 * allowing ingress rule of a firewall policy (keyless does not resolve policy associations, so each
 * counts as reaching the VM). A rule that names no source admits every source: Compute Engine fills in
 * {@code 0.0.0.0/0} for an ingress rule without sourceRanges, sourceTags or sourceServiceAccounts.
 */
public final class IngressRules {

    /** One allowing ingress rule: its address ranges, and any other kind of source it admits. */
    public record Rule(StackResource resource, List<String> ranges, List<String> otherSources) {

        public String label() {
            return resource.type() + " " + resource.name();
        }
    }

    private static final List<String> POLICY_OTHER_SOURCES = List.of("srcSecureTags", "srcAddressGroups", "srcFqdns",
            "srcRegionCodes", "srcThreatIntelligences");

    private IngressRules() {}

    public static List<Rule> reaching(StackSnapshot stack, StackResource vm) {
        Optional<Set<String>> networks = Instances.networks(stack, vm);
        Optional<String> account = Instances.accountOf(vm);
        List<String> tags = strings(vm.property("tags").orElse(null));
        List<Rule> out = new ArrayList<>();
        for (StackResource f : stack.ofType(GcpTypes.FIREWALL)) {
            if (isTrue(f.property("disabled")) || !direction(f.string("direction")).equals("INGRESS")
                    || empty(f.property("allows"))) {
                continue;
            }
            boolean onNetwork = networks.isEmpty() || f.string("network").map(Instances::lastSegment)
                    .map(n -> networks.get().contains(n)).orElse(true);
            if (!onNetwork || !targets(f, account, tags)) {
                continue;
            }
            List<String> other = new ArrayList<>();
            strings(f.property("sourceTags").orElse(null)).forEach(t -> other.add("VMs tagged " + t));
            strings(f.property("sourceServiceAccounts").orElse(null)).forEach(s -> other.add("VMs running as " + s));
            List<String> ranges = strings(f.property("sourceRanges").orElse(null));
            if (ranges.isEmpty() && other.isEmpty()) {
                ranges = List.of("0.0.0.0/0");
            }
            out.add(new Rule(f, ranges, other));
        }
        for (StackResource p : stack.resources()) {
            if (!GcpTypes.FIREWALL_POLICY_RULES.contains(p.type()) || isTrue(p.property("disabled"))
                    || !p.string("action").map(a -> a.toLowerCase(Locale.ROOT)).filter("allow"::equals).isPresent()
                    || !direction(p.string("direction")).equals("INGRESS")) {
                continue;
            }
            Object match = SecretValue.reveal(p.property("match").orElse(null));
            Map<?, ?> m = match instanceof Map<?, ?> mm ? mm : Map.of();
            List<String> other = new ArrayList<>();
            for (String k : POLICY_OTHER_SOURCES) {
                if (!strings(m.get(k)).isEmpty() || (SecretValue.reveal(m.get(k)) instanceof List<?> l && !l.isEmpty())) {
                    other.add(k);
                }
            }
            List<String> ranges = strings(m.get("srcIpRanges"));
            if (ranges.isEmpty() && other.isEmpty()) {
                ranges = List.of("0.0.0.0/0");
            }
            out.add(new Rule(p, ranges, other));
        }
        return out;
    }

    /** Targets: service accounts, else tags, else every VM of the network. */
    private static boolean targets(StackResource f, Optional<String> account, List<String> tags) {
        List<String> accounts = strings(f.property("targetServiceAccounts").orElse(null));
        if (!accounts.isEmpty()) {
            return account.isEmpty() || accounts.stream().anyMatch(a -> a.equalsIgnoreCase(account.get()));
        }
        List<String> targetTags = strings(f.property("targetTags").orElse(null));
        return targetTags.isEmpty() || targetTags.stream().anyMatch(tags::contains);
    }

    /** An unset direction is INGRESS, as in the Compute API. */
    private static String direction(Optional<String> d) {
        return d.map(s -> s.toUpperCase(Locale.ROOT)).orElse("INGRESS");
    }

    private static boolean isTrue(Optional<Object> v) {
        Object r = SecretValue.reveal(v.orElse(null));
        return Boolean.TRUE.equals(r) || "true".equalsIgnoreCase(String.valueOf(r));
    }

    private static boolean empty(Optional<Object> v) {
        Object r = SecretValue.reveal(v.orElse(null));
        return !(r instanceof List<?> l) || l.isEmpty();
    }

    static List<String> strings(Object value) {
        Object v = SecretValue.reveal(value);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                Object s = SecretValue.reveal(o);
                if (s instanceof String str) {
                    out.add(str);
                }
            }
        } else if (v instanceof String s && !s.isBlank()) {
            out.add(s);
        }
        return out;
    }
}
