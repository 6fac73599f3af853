package dev.keyless.compliance.google;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Compute Engine VMs that run as the workload's service account, which of them the stack names as
 * its reviewed VM (the {@code instanceName} output), their metadata as the guest sees it, and the
 * networks they sit on.
 */
public final class Instances {

    public static final String INSTANCE_NAME_OUTPUT = "instanceName";

    private Instances() {}

    /** The gcp instances whose {@code serviceAccount.email} is one of the workload's accounts. */
    public static List<StackResource> runningAs(StackSnapshot stack, WorkloadAccounts accounts) {
        return stack.ofType(GcpTypes.INSTANCE).stream().filter(vm -> accountOf(vm).flatMap(accounts::mentions).isPresent()).toList();
    }

    /** The email the VM runs as, if it names one. */
    public static Optional<String> accountOf(StackResource vm) {
        Object sa = SecretValue.reveal(vm.property("serviceAccount").orElse(null));
        if (sa instanceof List<?> l && l.size() == 1) {
            sa = SecretValue.reveal(l.get(0));
        }
        return sa instanceof Map<?, ?> m && SecretValue.reveal(m.get("email")) instanceof String email
                ? Optional.of(email) : Optional.empty();
    }

    /**
     * The VM the stack reviewed: among those running as the account, the one whose name the
     * {@code instanceName} output gives; without that output, the only one.
     */
    public static Optional<StackResource> reviewed(StackSnapshot stack, WorkloadAccounts accounts) {
        List<StackResource> running = runningAs(stack, accounts);
        Optional<String> named = stack.output(INSTANCE_NAME_OUTPUT);
        if (named.isPresent()) {
            return running.stream().filter(vm -> vm.string("name").filter(named.get()::equals).isPresent()).findFirst();
        }
        return running.size() == 1 ? Optional.of(running.get(0)) : Optional.empty();
    }

    /**
     * The instance's own metadata, with {@code metadataStartupScript} as the {@code startup-script} key it
     * becomes. Values that are not strings are written as text; an unreadable secret as {@code null}.
     */
    public static Map<String, String> metadata(StackResource vm) {
        Map<String, String> out = new LinkedHashMap<>();
        Object m = SecretValue.reveal(vm.property("metadata").orElse(null));
        if (m instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), text(v)));
        }
        vm.string("metadataStartupScript").ifPresent(s -> out.put("startup-script", s));
        return out;
    }

    /** Project-wide metadata the stack sets (ProjectMetadata and ProjectMetadataItem), which every VM inherits. */
    public static Map<String, String> projectMetadata(StackSnapshot stack) {
        Map<String, String> out = new LinkedHashMap<>();
        for (StackResource r : stack.ofType(GcpTypes.PROJECT_METADATA)) {
            Object m = SecretValue.reveal(r.property("metadata").orElse(null));
            if (m instanceof Map<?, ?> map) {
                map.forEach((k, v) -> out.put(String.valueOf(k), text(v)));
            }
        }
        for (StackResource r : stack.ofType(GcpTypes.PROJECT_METADATA_ITEM)) {
            r.string("key").ifPresent(k -> out.put(k, text(r.property("value").orElse(null))));
        }
        return out;
    }

    /**
     * The names of the networks the VM's interfaces sit on, or empty when one of them cannot be told
     * (then every firewall rule of the stack counts as reaching it).
     */
    public static Optional<Set<String>> networks(StackSnapshot stack, StackResource vm) {
        Object nics = SecretValue.reveal(vm.property("networkInterfaces").orElse(null));
        if (!(nics instanceof List<?> list) || list.isEmpty()) {
            return Optional.empty();
        }
        Set<String> out = new HashSet<>();
        for (Object nic : list) {
            Object n = SecretValue.reveal(nic);
            if (!(n instanceof Map<?, ?> m)) {
                return Optional.empty();
            }
            Optional<String> network = string(m.get("network")).map(Instances::lastSegment)
                    .or(() -> string(m.get("subnetwork")).flatMap(s -> subnetworkNetwork(stack, s)));
            if (network.isEmpty()) {
                return Optional.empty();
            }
            out.add(network.get());
        }
        return Optional.of(out);
    }

    /** {@code projects/p/global/networks/NAME} or a self link names the network NAME. */
    public static String lastSegment(String ref) {
        String r = ref.endsWith("/") ? ref.substring(0, ref.length() - 1) : ref;
        return r.substring(r.lastIndexOf('/') + 1);
    }

    private static Optional<String> subnetworkNetwork(StackSnapshot stack, String subnet) {
        String name = lastSegment(subnet);
        return stack.ofType(GcpTypes.SUBNETWORK).stream()
                .filter(s -> s.id().filter(subnet::equals).isPresent() || s.string("selfLink").filter(subnet::equals).isPresent()
                        || s.string("name").filter(name::equals).isPresent())
                .map(s -> s.string("network")).flatMap(Optional::stream).map(Instances::lastSegment).findFirst();
    }

    private static Optional<String> string(Object v) {
        return SecretValue.reveal(v) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    private static String text(Object v) {
        Object r = SecretValue.reveal(v);
        return r == null ? null : String.valueOf(r);
    }
}
