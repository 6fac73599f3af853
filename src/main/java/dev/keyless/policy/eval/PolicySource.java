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

    /** Ids of the first list entries, made once: a batch reports them for every matched statement. */
    private static final int NUMBERED = 16;

    private final String parameter;
    private final String typeName;
    private final String[] ids = new String[NUMBERED];

    PolicySource(String parameter, String typeName) {
        this.parameter = parameter;
        this.typeName = typeName;
        for (int i = 0; i < NUMBERED; i++) {
            ids[i] = parameter + "." + (i + 1);
        }
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
        if (this == RESOURCE) {
            return parameter;
        }
        return index >= 0 && index < NUMBERED ? ids[index] : parameter + "." + (index + 1);
    }
}
