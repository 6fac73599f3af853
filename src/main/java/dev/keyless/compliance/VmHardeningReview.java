package dev.keyless.compliance;

import dev.keyless.compliance.google.IngressRules;
import dev.keyless.compliance.google.Instances;
import dev.keyless.policy.value.IpRange;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The VM that runs as the workload's service account is hardened: whoever gets a shell on it can read
 * the token file and ask the metadata server for tokens, so every way in is closed but SSH through
 * Identity-Aware Proxy with OS Login. Each rule holds for every VM that runs as the account; a stack
 * with no such VM proves nothing and fails. Metadata keys are read as the guest agent reads them:
 * the instance's value, else the project's ("Set and remove custom metadata",
 * https://cloud.google.com/compute/docs/metadata/setting-custom-metadata).
 */
public final class VmHardeningReview {

    private final StackIndex index;

    public VmHardeningReview(StackIndex index) {
        this.index = index;
    }

    /** No access config (external IPv4) and no external IPv6 access config on any interface. */
    public List<Violation> noExternalIp() {
        return each((vm, out) -> {
            Object nics = SecretValue.reveal(vm.property("networkInterfaces").orElse(null));
            if (!(nics instanceof List<?> list) || list.isEmpty()) {
                out.add(new Violation(label(vm), "has no network interface keyless can read"));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                if (SecretValue.reveal(list.get(i)) instanceof Map<?, ?> nic) {
                    for (String key : List.of("accessConfigs", "ipv6AccessConfigs")) {
                        if (SecretValue.reveal(nic.get(key)) instanceof List<?> configs && !configs.isEmpty()) {
                            out.add(new Violation(label(vm), "networkInterfaces[" + i + "]." + key + " gives it an external IP"
                                    + " address, so the internet can reach it; it needs none (egress goes through Cloud NAT)"));
                        }
                    }
                } else {
                    out.add(new Violation(label(vm), "networkInterfaces[" + i + "] cannot be read"));
                }
            }
        });
    }

    public List<Violation> osLoginIsOn() {
        return each((vm, out) -> {
            Optional<String> v = effective(vm, "enable-oslogin");
            if (!v.map(s -> s.equalsIgnoreCase("true")).orElse(false)) {
                out.add(new Violation(label(vm), "has enable-oslogin = " + v.orElse("(unset)") + "; it must be TRUE,"
                        + " so that IAM (roles/compute.osLogin) decides who may log in, not SSH keys in metadata"));
            }
        });
    }

    public List<Violation> projectSshKeysAreBlocked() {
        return each((vm, out) -> {
            String v = Instances.metadata(vm).get("block-project-ssh-keys");
            if (v == null || !v.equalsIgnoreCase("true")) {
                out.add(new Violation(label(vm), "has block-project-ssh-keys = " + (v == null ? "(unset)" : v)
                        + "; it must be TRUE, or every SSH key in the project's metadata opens the VM"));
            }
        });
    }

    public List<Violation> noSshKeysInMetadata() {
        return each((vm, out) -> {
            for (String key : List.of("ssh-keys", "sshKeys")) {
                if (Instances.metadata(vm).containsKey(key)) {
                    out.add(new Violation(label(vm), "has " + key + " in its metadata: those keys log in without OS Login"
                            + " or IAP's review"));
                }
            }
        });
    }

    /** serial-port-enable opens the interactive serial console (ssh-serialport.googleapis.com). */
    public List<Violation> serialPortIsOff() {
        return each((vm, out) -> effective(vm, "serial-port-enable").ifPresent(v -> {
            if (!v.equalsIgnoreCase("false") && !v.equals("0")) {
                out.add(new Violation(label(vm), "has serial-port-enable = " + v + " (" + where(vm, "serial-port-enable")
                        + "): the interactive serial console is a way in that bypasses the firewall and IAP"));
            }
        }));
    }

    /** Scripts fetched from a URL run as root with code the stack does not hold, so no review saw it. */
    public List<Violation> noScriptUrl() {
        return each((vm, out) -> {
            List<String> keys = new ArrayList<>();
            Instances.metadata(vm).keySet().stream().filter(k -> k.endsWith("-script-url")).forEach(k -> keys.add(k + " (instance)"));
            Instances.projectMetadata(index.stack()).keySet().stream().filter(k -> k.endsWith("-script-url"))
                    .forEach(k -> keys.add(k + " (project)"));
            for (String k : keys) {
                out.add(new Violation(label(vm), "has " + k + " in its metadata: a script fetched at boot runs as root"
                        + " with code no review of this stack saw; put the script in the stack (metadataStartupScript)"));
            }
        });
    }

    public List<Violation> shieldedVmIsOn() {
        return each((vm, out) -> {
            Object cfg = SecretValue.reveal(vm.property("shieldedInstanceConfig").orElse(null));
            Map<?, ?> m = cfg instanceof Map<?, ?> map ? map : Map.of();
            for (String key : List.of("enableSecureBoot", "enableVtpm", "enableIntegrityMonitoring")) {
                Object v = SecretValue.reveal(m.get(key));
                if (!Boolean.TRUE.equals(v)) {
                    out.add(new Violation(label(vm), "has shieldedInstanceConfig." + key + " = " + (v == null ? "(unset)" : v)
                            + "; Shielded VM needs it true, so that a tampered boot chain is refused or detected"));
                }
            }
        });
    }

    /** Every allowing ingress rule that reaches the VM admits only addresses inside {@code allowed}. */
    public List<Violation> ingressOnlyFrom(List<String> allowed) {
        List<IpRange> ranges = allowed.stream().map(VmHardeningReview::cidr).toList();
        return each((vm, out) -> {
            for (IngressRules.Rule rule : IngressRules.reaching(index.stack(), vm)) {
                for (String other : rule.otherSources()) {
                    out.add(new Violation(rule.label(), "lets " + other + " in to " + vm.name()
                            + "; only " + String.join(", ", allowed) + " may reach it"));
                }
                for (String source : rule.ranges()) {
                    IpRange c = IpRange.parseOrNull(source);
                    boolean inside = c != null && ranges.stream().anyMatch(r -> r.contains(c));
                    if (!inside) {
                        out.add(new Violation(rule.label(), "lets " + source + " in to " + vm.name() + "; only "
                                + String.join(", ", allowed) + " (Identity-Aware Proxy) may reach it"));
                    }
                }
            }
        });
    }

    private List<Violation> each(BiConsumer<StackResource, List<Violation>> rule) {
        List<Violation> out = new ArrayList<>();
        List<StackResource> vms = Instances.runningAs(index.stack(), index.workloadAccounts());
        // A stack whose workloads output declares no VM (every workload has vm: false) runs none; any VM
        // running as a workload's account is judged all the same.
        boolean declaresNone = index.workloads().stream().allMatch(w -> w.listed() && w.instanceName().isEmpty());
        if (vms.isEmpty() && !declaresNone) {
            out.add(new Violation("stack", "no VM runs as the workload's service account, so its hardening cannot be proven"));
        }
        vms.forEach(vm -> rule.accept(vm, out));
        return out;
    }

    /** The instance's value of a metadata key, else the project's. */
    private Optional<String> effective(StackResource vm, String key) {
        Map<String, String> own = Instances.metadata(vm);
        if (own.containsKey(key)) {
            return Optional.ofNullable(own.get(key)).or(() -> Optional.of("(unreadable)"));
        }
        return Optional.ofNullable(Instances.projectMetadata(index.stack()).get(key));
    }

    private static String where(StackResource vm, String key) {
        return Instances.metadata(vm).containsKey(key) ? "instance metadata" : "project metadata";
    }

    private static IpRange cidr(String range) {
        IpRange c = IpRange.parseOrNull(range);
        if (c == null) {
            throw new IllegalArgumentException("the rule book names '" + range + "', which is not an address range");
        }
        return c;
    }

    private static String label(StackResource vm) {
        return vm.type() + " " + vm.name();
    }
}
