package dev.keyless.infra;

import com.pulumi.aws.iam.Role;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.core.Output;
import com.pulumi.gcp.compute.Firewall;
import com.pulumi.gcp.compute.FirewallArgs;
import com.pulumi.gcp.compute.Instance;
import com.pulumi.gcp.compute.InstanceArgs;
import com.pulumi.gcp.compute.Network;
import com.pulumi.gcp.compute.NetworkArgs;
import com.pulumi.gcp.compute.Router;
import com.pulumi.gcp.compute.RouterArgs;
import com.pulumi.gcp.compute.RouterNat;
import com.pulumi.gcp.compute.RouterNatArgs;
import com.pulumi.gcp.compute.Subnetwork;
import com.pulumi.gcp.compute.SubnetworkArgs;
import com.pulumi.gcp.compute.inputs.FirewallAllowArgs;
import com.pulumi.gcp.compute.inputs.InstanceBootDiskArgs;
import com.pulumi.gcp.compute.inputs.InstanceBootDiskInitializeParamsArgs;
import com.pulumi.gcp.compute.inputs.InstanceNetworkInterfaceArgs;
import com.pulumi.gcp.compute.inputs.InstanceServiceAccountArgs;
import com.pulumi.gcp.compute.inputs.InstanceShieldedInstanceConfigArgs;
import com.pulumi.gcp.compute.inputs.RouterNatLogConfigArgs;
import com.pulumi.gcp.compute.inputs.RouterNatSubnetworkArgs;
import com.pulumi.gcp.serviceaccount.Account;

import java.util.List;
import java.util.Map;

/**
 * The GCE VM that runs as the workload's service account, on a network of its own. The VM has no
 * external IP: it reaches AWS STS and S3 through Cloud NAT, and nothing on the internet can reach
 * it. The only way in is SSH through Identity-Aware Proxy, authorized by OS Login.
 */
final class Workload {

    /** The Cloud Router and NAT handle egress only; this range is internal to the dedicated VPC. */
    static final String SUBNET_RANGE = "10.10.0.0/24";
    /** Google's published source range for IAP TCP forwarding ("Using IAP for TCP forwarding"). */
    static final String IAP_TCP_FORWARDING_RANGE = "35.235.240.0/20";
    static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

    /** Instance metadata the startup script reads; no key material is ever among them. */
    static final String ROLE_ARN_KEY = "keyless-aws-role-arn";
    static final String AWS_REGION_KEY = "keyless-aws-region";
    static final String AUDIENCE_KEY = "keyless-token-audience";
    static final String BUCKET_KEY = "keyless-bucket";
    static final String PREFIXES_KEY = "keyless-prefixes";

    private Workload() {}

    /** The network the VMs share: a VPC of its own, its subnet, and Cloud NAT for egress. */
    record Net(Network network, Subnetwork subnet) {}

    /** The single workload's network and VM, under the names they always had. */
    static Instance create(FederationSettings settings, Account serviceAccount, Role role, BucketV2 bucket) {
        return vm(settings, network(settings), ResourceNames.SINGLE, serviceAccount.email(), role.arn(), bucket.bucket(),
                settings.tokenAudience(), List.of());
    }

    static Net network(FederationSettings settings) {
        final var network = new Network("workload-network", NetworkArgs.builder()
                .autoCreateSubnetworks(false)
                .description("keyless workload network: no default firewall rules, egress through Cloud NAT")
                .build());

        final var subnet = new Subnetwork("workload-subnet", SubnetworkArgs.builder()
                .network(network.id())
                .region(settings.region())
                .ipCidrRange(SUBNET_RANGE)
                .privateIpGoogleAccess(true)
                .build());

        final var router = new Router("workload-router", RouterArgs.builder()
                .network(network.id())
                .region(settings.region())
                .build());

        new RouterNat("workload-nat", RouterNatArgs.builder()
                .router(router.name())
                .region(settings.region())
                .natIpAllocateOption("AUTO_ONLY")
                .sourceSubnetworkIpRangesToNat("LIST_OF_SUBNETWORKS")
                .subnetworks(RouterNatSubnetworkArgs.builder()
                        .name(subnet.id())
                        .sourceIpRangesToNats("ALL_IP_RANGES")
                        .build())
                .logConfig(RouterNatLogConfigArgs.builder().enable(true).filter("ERRORS_ONLY").build())
                .build());
        return new Net(network, subnet);
    }

    /**
     * One workload's VM on the shared network, and the firewall rule that lets IAP reach it (and only
     * it: the rule targets the VM's service account).
     *
     * @param prefixes the key prefixes the workload reads, for its code (metadata {@value #PREFIXES_KEY})
     */
    static Instance vm(FederationSettings settings, Net net, ResourceNames names, Output<String> email,
                       Output<String> roleArn, Output<String> bucket, String audience, List<String> prefixes) {
        new Firewall(names.firewall(), FirewallArgs.builder()
                .network(net.network().id())
                .description("SSH only through Identity-Aware Proxy; OS Login decides who may log in")
                .direction("INGRESS")
                .sourceRanges(IAP_TCP_FORWARDING_RANGE)
                .allows(FirewallAllowArgs.builder().protocol("tcp").ports("22").build())
                .targetServiceAccounts(email.applyValue(List::of))
                .build());

        final Output<Map<String, String>> metadata = Output.tuple(roleArn, bucket)
                .applyValue(t -> {
                    Map<String, String> m = Map.of(
                            "enable-oslogin", "TRUE",
                            "block-project-ssh-keys", "TRUE",
                            ROLE_ARN_KEY, t.t1,
                            AWS_REGION_KEY, settings.awsRegion(),
                            AUDIENCE_KEY, audience,
                            BUCKET_KEY, t.t2);
                    if (prefixes.isEmpty()) {
                        return m;
                    }
                    Map<String, String> scoped = new java.util.LinkedHashMap<>(m);
                    // One per line: a prefix holds no control character (SettingRules.prefix).
                    scoped.put(PREFIXES_KEY, String.join("\n", prefixes));
                    return scoped;
                });

        return new Instance(names.vm(), InstanceArgs.builder()
                .zone(settings.zone())
                .machineType(settings.machineType())
                .bootDisk(InstanceBootDiskArgs.builder()
                        .initializeParams(InstanceBootDiskInitializeParamsArgs.builder()
                                .image(settings.image())
                                .build())
                        .build())
                .networkInterfaces(InstanceNetworkInterfaceArgs.builder()
                        .subnetwork(net.subnet().id())
                        .build())
                .serviceAccount(InstanceServiceAccountArgs.builder()
                        .email(email)
                        .scopes(CLOUD_PLATFORM_SCOPE)
                        .build())
                .shieldedInstanceConfig(InstanceShieldedInstanceConfigArgs.builder()
                        .enableSecureBoot(true)
                        .enableVtpm(true)
                        .enableIntegrityMonitoring(true)
                        .build())
                .metadata(metadata)
                .metadataStartupScript(StartupScript.text())
                .allowStoppingForUpdate(true)
                .build());
    }
}
