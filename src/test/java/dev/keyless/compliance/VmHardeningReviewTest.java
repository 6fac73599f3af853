package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.keyless.compliance.TestStacks.IAP;
import static dev.keyless.compliance.TestStacks.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** Each property of the program's VM is proven, and undoing each fails the rule that proves it. */
class VmHardeningReviewTest {

    private static final Map<String, Object> HARDENED_METADATA = Map.of("enable-oslogin", "TRUE", "block-project-ssh-keys", "TRUE");

    private static VmHardeningReview vm(Map<String, Object> changes, StackResource... extra) {
        return new VmHardeningReview(new StackIndex(TestStacks.withVm(changes, List.of(extra))));
    }

    private static Map<String, Object> metadata(String key, String value) {
        Map<String, Object> m = new java.util.HashMap<>(HARDENED_METADATA);
        m.put(key, value);
        return Map.of("metadata", m);
    }

    private static List<Function<VmHardeningReview, List<Violation>>> rules() {
        return List.of(VmHardeningReview::noExternalIp, VmHardeningReview::osLoginIsOn, VmHardeningReview::projectSshKeysAreBlocked,
                VmHardeningReview::noSshKeysInMetadata, VmHardeningReview::serialPortIsOff, VmHardeningReview::noScriptUrl,
                VmHardeningReview::shieldedVmIsOn, r -> r.ingressOnlyFrom(List.of(IAP)));
    }

    @Test
    void the_programs_vm_passes_every_rule() {
        rules().forEach(rule -> assertThat(rule.apply(vm(Map.of()))).isEmpty());
    }

    @Test
    void a_stack_without_a_vm_running_as_the_account_proves_nothing_and_fails() {
        VmHardeningReview none = new VmHardeningReview(new StackIndex(TestStacks.withoutVm()));
        rules().forEach(rule -> assertThat(rule.apply(none)).singleElement().asString().contains("no VM runs as"));
    }

    @Test
    void an_external_ipv4_or_ipv6_address_fails() {
        assertThat(vm(Map.of("networkInterfaces", List.of(Map.of("network", "workload-net", "accessConfigs", List.of(Map.of())))))
                .noExternalIp()).singleElement().asString().contains("accessConfigs");
        assertThat(vm(Map.of("networkInterfaces", List.of(Map.of("network", "workload-net", "ipv6AccessConfigs",
                List.of(Map.of("networkTier", "PREMIUM")))))).noExternalIp()).hasSize(1);
    }

    @Test
    void os_login_off_or_unset_and_project_keys_not_blocked_fail() {
        assertThat(vm(metadata("enable-oslogin", "FALSE")).osLoginIsOn()).hasSize(1);
        assertThat(vm(Map.of("metadata", Map.of("block-project-ssh-keys", "TRUE"))).osLoginIsOn()).hasSize(1);
        assertThat(vm(metadata("enable-oslogin", "true")).osLoginIsOn()).isEmpty();
        assertThat(vm(metadata("block-project-ssh-keys", "false")).projectSshKeysAreBlocked()).hasSize(1);
    }

    @Test
    void ssh_keys_in_either_spelling_fail() {
        assertThat(vm(metadata("ssh-keys", "alice:ssh-ed25519 AAAA alice")).noSshKeysInMetadata()).hasSize(1);
        assertThat(vm(metadata("sshKeys", "alice:ssh-rsa AAAA alice")).noSshKeysInMetadata()).hasSize(1);
    }

    @Test
    void the_serial_port_enabled_by_the_instance_or_by_the_project_fails_and_the_instance_overrides_the_project() {
        assertThat(vm(metadata("serial-port-enable", "TRUE")).serialPortIsOff()).hasSize(1);
        StackResource project = resource("gcp:compute/projectMetadataItem:ProjectMetadataItem", "serial",
                Map.of("key", "serial-port-enable", "value", "1"), Map.of());
        assertThat(vm(Map.of(), project).serialPortIsOff()).singleElement().asString().contains("project metadata");
        assertThat(vm(metadata("serial-port-enable", "FALSE"), project).serialPortIsOff()).isEmpty();
    }

    @Test
    void a_script_url_in_instance_or_project_metadata_fails() {
        assertThat(vm(metadata("startup-script-url", "gs://other/boot.sh")).noScriptUrl()).hasSize(1);
        assertThat(vm(Map.of(), resource("gcp:compute/projectMetadata:ProjectMetadata", "pm",
                Map.of("metadata", Map.of("shutdown-script-url", "https://example.com/s.sh")), Map.of())).noScriptUrl()).hasSize(1);
    }

    @Test
    void each_shielded_vm_setting_off_or_missing_fails() {
        assertThat(vm(Map.of("shieldedInstanceConfig", Map.of("enableSecureBoot", false, "enableVtpm", true,
                "enableIntegrityMonitoring", true))).shieldedVmIsOn()).singleElement().asString().contains("enableSecureBoot = false");
        assertThat(vm(Map.of("shieldedInstanceConfig", Map.of())).shieldedVmIsOn()).hasSize(3);
    }

    @Test
    void ingress_from_outside_the_iap_range_fails_unless_the_rule_cannot_reach_the_vm() {
        StackResource open = firewall("open", Map.of("sourceRanges", List.of("0.0.0.0/0")));
        assertThat(vm(Map.of(), open).ingressOnlyFrom(List.of(IAP))).singleElement().asString().contains("lets 0.0.0.0/0 in");
        assertThat(vm(Map.of(), firewall("wider", Map.of("sourceRanges", List.of("35.235.0.0/16"))))
                .ingressOnlyFrom(List.of(IAP))).hasSize(1);
        assertThat(vm(Map.of(), firewall("no-source", Map.of())).ingressOnlyFrom(List.of(IAP))).hasSize(1);
        assertThat(vm(Map.of(), firewall("v6", Map.of("sourceRanges", List.of("::/0")))).ingressOnlyFrom(List.of(IAP))).hasSize(1);
        assertThat(vm(Map.of(), firewall("tags", Map.of("sourceTags", List.of("bastion")))).ingressOnlyFrom(List.of(IAP)))
                .singleElement().asString().contains("VMs tagged bastion");
        assertThat(vm(Map.of(), firewall("other-net", Map.of("network", "projects/p/global/networks/batch",
                "sourceRanges", List.of("10.0.0.0/8")))).ingressOnlyFrom(List.of(IAP))).isEmpty();
        assertThat(vm(Map.of(), firewall("other-tag", Map.of("targetTags", List.of("web"), "sourceRanges", List.of("0.0.0.0/0"))))
                .ingressOnlyFrom(List.of(IAP))).isEmpty();
        assertThat(vm(Map.of(), firewall("disabled", Map.of("disabled", true, "sourceRanges", List.of("0.0.0.0/0"))))
                .ingressOnlyFrom(List.of(IAP))).isEmpty();
        assertThat(vm(Map.of(), firewall("narrower", Map.of("sourceRanges", List.of("35.235.241.0/24"))))
                .ingressOnlyFrom(List.of(IAP))).isEmpty();
    }

    @Test
    void an_allowing_firewall_policy_rule_counts_wherever_it_is_attached() {
        StackResource rule = resource("gcp:compute/networkFirewallPolicyRule:NetworkFirewallPolicyRule", "allow-all", Map.of(
                "action", "allow", "direction", "INGRESS", "match", Map.of("srcIpRanges", List.of("0.0.0.0/0"))), Map.of());
        assertThat(vm(Map.of(), rule).ingressOnlyFrom(List.of(IAP))).hasSize(1);
    }

    private static StackResource firewall(String name, Map<String, Object> changes) {
        Map<String, Object> in = new java.util.HashMap<>(Map.of("network", "projects/p/global/networks/workload-net",
                "direction", "INGRESS", "allows", List.of(Map.of("protocol", "tcp"))));
        in.putAll(changes);
        return resource("gcp:compute/firewall:Firewall", name, in, Map.of());
    }
}
