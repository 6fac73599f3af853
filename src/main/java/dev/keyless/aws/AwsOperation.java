package dev.keyless.aws;

/**
 * Every AWS API operation keyless calls, each with the IAM action that authorizes it. This list is
 * the verifier's own permission set: {@code policy-fixtures/verifier-policy.json} grants exactly
 * these actions (a test holds the two together).
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementaccessanalyzer.html">Actions defined by IAM Access Analyzer</a>
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html">Actions defined by IAM</a>
 */
public enum AwsOperation {
    VALIDATE_POLICY(AwsService.ACCESS_ANALYZER, "ValidatePolicy"),
    CHECK_ACCESS_NOT_GRANTED(AwsService.ACCESS_ANALYZER, "CheckAccessNotGranted"),
    CHECK_NO_NEW_ACCESS(AwsService.ACCESS_ANALYZER, "CheckNoNewAccess"),
    CHECK_NO_PUBLIC_ACCESS(AwsService.ACCESS_ANALYZER, "CheckNoPublicAccess"),
    SIMULATE_CUSTOM_POLICY(AwsService.IAM, "SimulateCustomPolicy"),
    SIMULATE_PRINCIPAL_POLICY(AwsService.IAM, "SimulatePrincipalPolicy"),
    GET_ROLE(AwsService.IAM, "GetRole"),
    LIST_ATTACHED_ROLE_POLICIES(AwsService.IAM, "ListAttachedRolePolicies"),
    LIST_ROLE_POLICIES(AwsService.IAM, "ListRolePolicies"),
    GET_ROLE_POLICY(AwsService.IAM, "GetRolePolicy"),
    GET_POLICY(AwsService.IAM, "GetPolicy"),
    GET_POLICY_VERSION(AwsService.IAM, "GetPolicyVersion");

    private final AwsService service;
    private final String apiName;

    AwsOperation(AwsService service, String apiName) {
        this.service = service;
        this.apiName = apiName;
    }

    public AwsService service() {
        return service;
    }

    /** The API operation's name as AWS spells it. */
    public String apiName() {
        return apiName;
    }

    /** The IAM action that authorizes the call: for these operations, prefix and API name agree. */
    public String permission() {
        return service.actionPrefix() + ":" + apiName;
    }

    /** How messages name the call: {@code IAM Access Analyzer ValidatePolicy}. */
    public String title() {
        return service.displayName() + " " + apiName;
    }
}
