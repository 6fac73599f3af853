package dev.keyless.policy.eval;

/**
 * Where a policy came from in a simulation request. The ids and type names are the ones the IAM
 * simulator returns in {@code MatchedStatements}: {@code PolicyInputList.1} / "IAM Policy",
 * {@code PermissionsBoundaryPolicyInputList.1} / "Permissions Boundary Policy",
 * {@code ResourcePolicy} / "Resource Policy" (as seen in SimulateCustomPolicy responses).
 */
public enum PolicySource {
    IDENTITY("PolicyInputList", "IAM Policy"),
    PERMISSIONS_BOUNDARY("PermissionsBoundaryPolicyInputList", "Permissions Boundary Policy"),
    RESOURCE("ResourcePolicy", "Resource Policy");

    private final String parameter;
    private final String typeName;

    PolicySource(String parameter, String typeName) {
        this.parameter = parameter;
        this.typeName = typeName;
    }

    /** The request parameter that carried the policy. */
    public String parameter() {
        return parameter;
    }

    /** {@code SourcePolicyType} as the simulator reports it. */
    public String typeName() {
        return typeName;
    }

    /** {@code SourcePolicyId}: list entries are numbered from 1, the resource policy has no number. */
    public String policyId(int index) {
        return this == RESOURCE ? parameter : parameter + "." + (index + 1);
    }
}
