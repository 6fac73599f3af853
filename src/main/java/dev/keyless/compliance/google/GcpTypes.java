package dev.keyless.compliance.google;

import java.util.Map;
import java.util.Set;

/**
 * The Pulumi type tokens the Google-side reviews read: the gcp provider 7.x (whose service-account
 * module answers to {@code serviceaccount} and to its alias {@code serviceAccount}) and google-native.
 * Every other type is judged by what it holds (see {@link WorkloadAccounts#mentions}), not by its name.
 */
public final class GcpTypes {

    public static final Set<String> SERVICE_ACCOUNTS = Set.of("gcp:serviceaccount/account:Account",
            "gcp:serviceAccount/account:Account", "google-native:iam/v1:ServiceAccount");

    public static final String INSTANCE = "gcp:compute/instance:Instance";
    public static final String SUBNETWORK = "gcp:compute/subnetwork:Subnetwork";
    public static final String FIREWALL = "gcp:compute/firewall:Firewall";
    /** Firewall policy rules (hierarchical, global and regional network policies) use {@code match.srcIpRanges}. */
    public static final Set<String> FIREWALL_POLICY_RULES = Set.of(
            "gcp:compute/firewallPolicyRule:FirewallPolicyRule",
            "gcp:compute/networkFirewallPolicyRule:NetworkFirewallPolicyRule",
            "gcp:compute/regionNetworkFirewallPolicyRule:RegionNetworkFirewallPolicyRule");
    public static final String PROJECT_METADATA = "gcp:compute/projectMetadata:ProjectMetadata";
    public static final String PROJECT_METADATA_ITEM = "gcp:compute/projectMetadataItem:ProjectMetadataItem";

    /** Custom roles: their permission list and the property that holds it. */
    public static final Map<String, String> CUSTOM_ROLES = Map.of(
            "gcp:projects/iAMCustomRole:IAMCustomRole", "permissions",
            "gcp:organizations/iAMCustomRole:IAMCustomRole", "permissions",
            "google-native:iam/v1:Role", "includedPermissions",
            "google-native:iam/v1:OrganizationRole", "includedPermissions");

    /** Where an IAM grant applies. */
    public enum Level {
        SERVICE_ACCOUNT("service account"), PROJECT("project"), FOLDER("folder"), ORGANIZATION("organization");

        private final String word;

        Level(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** How a grant resource spells its grants. */
    public enum Form {
        /** {@code member} + {@code role} */
        MEMBER,
        /** {@code members} + {@code role} */
        BINDING,
        /** {@code policyData}: the whole IAM policy as JSON text (gcp provider) */
        POLICY_DATA,
        /** {@code bindings} (or {@code policy.bindings}): the policy's bindings as values (google-native) */
        BINDINGS
    }

    public record GrantType(Level level, Form form) {}

    public static final Map<String, GrantType> GRANTS = grants();

    private GcpTypes() {}

    private static Map<String, GrantType> grants() {
        Map<String, GrantType> m = new java.util.LinkedHashMap<>();
        for (String module : new String[] {"serviceaccount", "serviceAccount"}) {
            gcp(m, "gcp:" + module + "/", Level.SERVICE_ACCOUNT);
        }
        gcp(m, "gcp:projects/", Level.PROJECT);
        gcp(m, "gcp:folder/", Level.FOLDER);
        gcp(m, "gcp:organizations/", Level.ORGANIZATION);
        nativeIam(m, "google-native:iam/v1:ServiceAccount", Level.SERVICE_ACCOUNT);
        for (String v : new String[] {"v1", "v1beta1", "v3"}) {
            nativeIam(m, "google-native:cloudresourcemanager/" + v + ":Project", Level.PROJECT);
            nativeIam(m, "google-native:cloudresourcemanager/" + v + ":Organization", Level.ORGANIZATION);
        }
        for (String v : new String[] {"v2", "v2beta1", "v3"}) {
            nativeIam(m, "google-native:cloudresourcemanager/" + v + ":Folder", Level.FOLDER);
        }
        return Map.copyOf(m);
    }

    private static void gcp(Map<String, GrantType> m, String module, Level level) {
        m.put(module + "iAMMember:IAMMember", new GrantType(level, Form.MEMBER));
        m.put(module + "iAMBinding:IAMBinding", new GrantType(level, Form.BINDING));
        m.put(module + "iAMPolicy:IAMPolicy", new GrantType(level, Form.POLICY_DATA));
    }

    private static void nativeIam(Map<String, GrantType> m, String prefix, Level level) {
        m.put(prefix + "IamMember", new GrantType(level, Form.MEMBER));
        m.put(prefix + "IamBinding", new GrantType(level, Form.BINDING));
        m.put(prefix + "IamPolicy", new GrantType(level, Form.BINDINGS));
    }
}
