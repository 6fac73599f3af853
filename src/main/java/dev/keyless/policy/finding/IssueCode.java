package dev.keyless.policy.finding;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every issue code keyless can emit, with its finding type and message template: Access Analyzer's
 * codes with the wording of AWS's "Access Analyzer policy check reference", then keyless's own codes,
 * which link to this project's docs instead. A code that is not listed here cannot be emitted.
 *
 * <p>Templates use {{name}} or ${name} placeholders, as the AWS doc prints them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html">Access Analyzer policy check reference</a>
 */
public enum IssueCode {
    ARN_ACCOUNT_NOT_ALLOWED(FindingType.ERROR, "The service {{service}} does not support specifying an account ID in the resource ARN."),
    ARN_REGION_NOT_ALLOWED(FindingType.ERROR, "The service {{service}} does not support specifying a Region in the resource ARN."),
    DATA_TYPE_MISMATCH(FindingType.ERROR, "The text does not match the expected JSON data type {{data_type}}."),
    DUPLICATE_KEYS_WITH_DIFFERENT_CASE(FindingType.ERROR, "The condition key {{key}} appears more than once with different capitalization in the same condition block. Remove the duplicate condition keys."),
    INVALID_ACTION(FindingType.ERROR, "The action {{action}} does not exist. Did you mean {{valid_action}}?"),
    INVALID_ARN_ACCOUNT(FindingType.ERROR, "The resource ARN account ID {{account}} is not valid. Provide a 12-digit account ID."),
    INVALID_ARN_PREFIX(FindingType.ERROR, "Add the required prefix (arn) to the resource ARN."),
    INVALID_ARN_REGION(FindingType.ERROR, "The Region {{region}} is not valid for this resource. Update the resource ARN to include a supported Region."),
    INVALID_ARN_RESOURCE(FindingType.ERROR, "Resource ARN does not match the expected ARN format. Update the resource portion of the ARN."),
    INVALID_ARN_SERVICE_CASE(FindingType.ERROR, "Update the service name ${service} in the resource ARN to use all lowercase letters."),
    INVALID_CONDITION_DATA_TYPE(FindingType.ERROR, "The condition value data types do not match. Use condition values of the same JSON data type."),
    INVALID_CONDITION_KEY_FORMAT(FindingType.ERROR, "The condition key format is not valid. Use the format service:keyname."),
    INVALID_CONDITION_MULTIPLE_BOOLEAN(FindingType.ERROR, "The condition key does not support multiple Boolean values. Use a single Boolean value."),
    INVALID_CONDITION_OPERATOR(FindingType.ERROR, "The condition operator {{operator}} is not valid. Use a valid condition operator."),
    INVALID_EFFECT(FindingType.ERROR, "The effect {{effect}} is not valid. Use Allow or Deny."),
    INVALID_GLOBAL_CONDITION_KEY(FindingType.ERROR, "The condition key {{key}} does not exist. Use a valid condition key."),
    INVALID_PARTITION(FindingType.ERROR, "The resource ARN for the service {{service}} does not support the partition {{partition}}. Use the supported values: {{partitions}}"),
    INVALID_POLICY_ELEMENT(FindingType.ERROR, "The policy element {{element}} is not valid."),
    INVALID_PRINCIPAL_FORMAT(FindingType.ERROR, "The Principal element contents are not valid. Specify a key-value pair in the Principal element."),
    INVALID_PRINCIPAL_KEY(FindingType.ERROR, "The principal key {{principal-key}} is not valid."),
    INVALID_REGION(FindingType.ERROR, "The Region {{region}} is not valid. Update the condition value to a suported Region."),
    INVALID_SERVICE(FindingType.ERROR, "The service {{service}} does not exist. Use a valid service name."),
    INVALID_SERVICE_CONDITION_KEY(FindingType.ERROR, "The condition key {{key}} does not exist in the service {{service}}. Use a valid condition key."),
    INVALID_SERVICE_IN_ACTION(FindingType.ERROR, "The service {{service}} specified in the action does not exist. Did you mean {{service2}}?"),
    INVALID_VARIABLE_FOR_OPERATOR(FindingType.ERROR, "Policy variables can only be used with String and ARN operators."),
    INVALID_VERSION(FindingType.ERROR, "The version ${version} is not valid. Use one of the following versions: ${versions}"),
    JSON_SYNTAX_ERROR(FindingType.ERROR, "Fix the JSON syntax error at index {{index}} line {{line}} column {{column}}."),
    MISSING_ACTION(FindingType.ERROR, "Add an Action or NotAction element to the policy statement."),
    MISSING_ARN_FIELD(FindingType.ERROR, "Resource ARNs must include at least {{fields}} fields in the following structure: arn:partition:service:region:account:resource"),
    MISSING_ARN_REGION(FindingType.ERROR, "Add a Region to the {{service}} resource ARN."),
    MISSING_EFFECT(FindingType.ERROR, "Add an Effect element to the policy statement with a value of Allow or Deny."),
    MISSING_PRINCIPAL(FindingType.ERROR, "Add a Principal element to the policy statement."),
    MISSING_QUALIFIER(FindingType.ERROR, "The request context key ${key} has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers in your policy."),
    MISSING_RESOURCE(FindingType.ERROR, "Add a Resource or NotResource element to the policy statement."),
    MISSING_STATEMENT(FindingType.ERROR, "Add a statement to the policy"),
    NULL_WITH_IF_EXISTS(FindingType.ERROR, "The Null condition operator cannot be used with the IfExists suffix. Update the operator or the suffix."),
    SCP_SYNTAX_ERROR_ACTION_WILDCARD(FindingType.ERROR, "SCP actions can include wildcards (*) only at the end of a string. Update {{action}}."),
    SCP_SYNTAX_ERROR_ALLOW_CONDITION(FindingType.ERROR, "SCPs do not support the Condition element with effect Allow. Update the element Condition or the effect."),
    SCP_SYNTAX_ERROR_ALLOW_NOTACTION(FindingType.ERROR, "SCPs do not support NotAction with effect Allow. Update the element NotAction or the effect."),
    SCP_SYNTAX_ERROR_ALLOW_RESOURCE(FindingType.ERROR, "SCPs do not support Resource with effect Allow. Update the element Resource or the effect."),
    SCP_SYNTAX_ERROR_NOTRESOURCE(FindingType.ERROR, "SCPs do not support the NotResource element. Update the policy to use Resource instead."),
    SCP_SYNTAX_ERROR_PRINCIPAL(FindingType.ERROR, "SCPs do not support specifying principals. Remove the Principal or NotPrincipal element."),
    UNIQUE_SIDS_REQUIRED(FindingType.ERROR, "Duplicate statement IDs are not supported for this policy type. Update the Sid value."),
    UNSUPPORTED_ACTION_IN_POLICY(FindingType.ERROR, "The action {{action}} is not supported for the resource-based policy attached to the resource type {{resourceType}}."),
    UNSUPPORTED_ELEMENT_COMBINATION(FindingType.ERROR, "The policy elements ${element1} and ${element2} can not be used in the same statement. Remove one of these elements."),
    UNSUPPORTED_GLOBAL_CONDITION_KEY(FindingType.ERROR, "The condition key aws:ARN is not supported. Use aws:PrincipalArn or aws:SourceArn instead."),
    UNSUPPORTED_PRINCIPAL(FindingType.ERROR, "The policy type ${policy_type} does not support the Principal element. Remove the Principal element."),
    UNSUPPORTED_RESOURCE_ARN_IN_POLICY(FindingType.ERROR, "The resource ARN is not supported for the resource-based policy attached to the resource type {{resourceType}}."),
    UNSUPPORTED_SID(FindingType.ERROR, "Update the characters in the Sid element to use one of the following character types: [a-z, A-Z, 0-9]"),
    UNSUPPORTED_WILDCARD_IN_PRINCIPAL(FindingType.ERROR, "Wildcards (*, ?) are not supported with the principal key {{principal_key}}. Replace the wildcard with a valid principal value."),
    MISSING_BRACE_IN_VARIABLE(FindingType.ERROR, "The policy variable is missing a closing curly brace. Add } after the variable text."),
    MISSING_QUOTE_IN_VARIABLE(FindingType.ERROR, "The policy variable default value must begin and end with a single quote. Add the missing quote."),
    UNSUPPORTED_SPACE_IN_VARIABLE(FindingType.ERROR, "A space is not supported within the policy variable text. Remove the space."),
    EMPTY_VARIABLE(FindingType.ERROR, "Empty policy variable. Remove the ${ } variable structure or provide a variable within the structure."),
    VARIABLE_UNSUPPORTED_IN_ELEMENT(FindingType.ERROR, "Policy variables are supported in the Resource and Condition elements. Remove the policy variable {{variable}} from this element."),
    VARIABLE_UNSUPPORTED_IN_VERSION(FindingType.ERROR, "To include variables in your policy, use the policy version 2012-10-17 or later."),
    PRIVATE_IP_ADDRESS(FindingType.ERROR, "aws:SourceIp works only for public IP address ranges. The values for condition key aws:SourceIp include only private IP addresses and will not have the desired effect. Update the value to include only public IP addresses."),
    PRIVATE_NOT_IP_ADDRESS(FindingType.ERROR, "The values for condition key aws:SourceIp include only private IP addresses and has no effect. aws:SourceIp works only for public IP address ranges. Update the value to include only public IP addresses."),
    POLICY_SIZE_EXCEEDS_SCP_QUOTA(FindingType.ERROR, "The {{policySize}} characters in the service control policy (SCP) exceed the {{policySizeQuota}} character maximum for SCPs. We recommend that you use multiple granular policies."),
    INVALID_SERVICE_PRINCIPAL_FORMAT(FindingType.ERROR, "The service principal does not match the expected format. Use the format {{expectedFormat}}."),
    MISSING_TAG_KEY_IN_CONDITION(FindingType.ERROR, "The condition key {{conditionKeyName}} must include a tag key to control access based on tags. Use the format {{conditionKeyName}}tag-key and specify a key name for tag-key."),
    INVALID_VPC_FORMAT(FindingType.ERROR, "The VPC identifier in the condition key value is not valid. Use the prefix 'vpc-' followed by 8 or 17 alphanumeric characters."),
    INVALID_VPCE_FORMAT(FindingType.ERROR, "The VPCE identifier in the condition key value is not valid.  Use the prefix 'vpce-' followed by 8 or 17 alphanumeric characters."),
    FEDERATED_PRINCIPAL_NOT_SUPPORTED(FindingType.ERROR, "The policy type does not support a federated identity provider in the principal element. Use a supported principal."),
    UNSUPPORTED_ACTION_FOR_CONDITION_KEY(FindingType.ERROR, "The following actions: {{actions}} are not supported by the condition key {{key}}. The condition will not be evaluated for these actions. We recommend that you move these actions to a different statement without this condition key."),
    UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL(FindingType.ERROR, "The following condition keys are not supported when used with the service principal: {{conditionKeys}}."),
    ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL(FindingType.ERROR, "Role trust policies do not support NotPrincipal. Update the policy to use a Principal element instead."),
    ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL(FindingType.ERROR, "\"Principal:\" \"*\" is not supported in the principal element of a role trust policy. Replace the wildcard with a valid principal value."),
    ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE(FindingType.ERROR, "Role trust policies apply to the role that they are attached to. You cannot specify a resource. Remove the Resource or NotResource element."),
    MISSING_ACTION_FOR_CONDITION_KEY(FindingType.ERROR, "The {{actionName}} action must be in the action block to allow setting values for the condition key {{keyName}}. Add {{actionName}} to the action block."),
    INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY(FindingType.ERROR, "The principal value specifies a federated principal that does not match the expected format. Update the federated principal to a domain name or a SAML metadata ARN."),
    MISMATCHED_ACTION_FOR_PRINCIPAL(FindingType.ERROR, "The {{actionName}} action is invalid with the following principal(s): {{principalNames}}. Use a SAML provider principal with the sts:AssumeRoleWithSAML action or use an OIDC provider principal with the sts:AssumeRoleWithWebIdentity action. Ensure the provider is Federated if you use either of the two options."),
    MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY(FindingType.ERROR, "The rolesanywhere.amazonaws.com service principal requires the sts:AssumeRole, sts:SetSourceIdentity, and sts:TagSession permissions to assume a role. Add the missing permissions to the policy."),
    CREATE_SLR_WITH_NOT_RESOURCE(FindingType.WARNING, "Using the iam:CreateServiceLinkedRole action with NotResource can allow creation of unintended service-linked roles for multiple resources. We recommend that you specify resource ARNs instead."),
    CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE(FindingType.WARNING, "Using an action with a wildcard(*) and NotResource can allow creation of unintended service-linked roles because it can allow iam:CreateServiceLinkedRole permissions on multiple resources. We recommend that you specify resource ARNs instead."),
    CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE(FindingType.WARNING, "Using NotAction with NotResource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on multiple resources. We recommend that you specify resource ARNs instead."),
    CREATE_SLR_WITH_STAR_IN_RESOURCE(FindingType.WARNING, "Using the iam:CreateServiceLinkedRole action with wildcards (*) in the resource can allow creation of unintended service-linked roles. We recommend that you specify resource ARNs instead."),
    CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE(FindingType.WARNING, "Using wildcards (*) in the action and the resource can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. We recommend that you specify resource ARNs instead."),
    CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION(FindingType.WARNING, "Using a resource with wildcards (*) and NotAction can allow creation of unintended service-linked roles because it allows iam:CreateServiceLinkedRole permissions on all resources. We recommend that you specify resource ARNs instead."),
    DEPRECATED_GLOBAL_CONDITION_KEY(FindingType.WARNING, "We recommend that you update aws:ARN to use the newer condition key aws:PrincipalArn."),
    INVALID_DATE_VALUE(FindingType.WARNING, "The date {{date}} might not resolve as expected. We recommend that you use the YYYY-MM-DD format."),
    INVALID_ROLE_REFERENCE(FindingType.WARNING, "The Principal element includes the IAM role ID {{roleid}}. We recommend that you use a role ARN instead."),
    INVALID_USER_REFERENCE(FindingType.WARNING, "The Principal element includes the IAM user ID {{userid}}. We recommend that you use a user ARN instead."),
    MISSING_VERSION(FindingType.WARNING, "We recommend that you specify the Version element to help you with debugging permission issues."),
    UNIQUE_SIDS_RECOMMENDED(FindingType.WARNING, "We recommend that you use statement IDs that are unique to your policy. Update the Sid value."),
    WILDCARD_WITHOUT_LIKE_OPERATOR(FindingType.WARNING, "Your condition value includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like."),
    POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA(FindingType.WARNING, "The {{policySize}} characters in the identity policy, excluding whitespace, exceed the {{policySizeQuota}} character maximum for inline and managed policies. We recommend that you use multiple granular policies."),
    POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA(FindingType.WARNING, "The {{policySize}} characters in the resource policy exceed the {{policySizeQuota}} character maximum for resource policies. We recommend that you use multiple granular policies."),
    TYPE_MISMATCH(FindingType.WARNING, "Use the operator type {{allowed}} instead of operator {{operator}} for the condition key {{key}}."),
    TYPE_MISMATCH_BOOLEAN(FindingType.WARNING, "Add a valid Boolean value (true or false) for the condition operator {{operator}}."),
    TYPE_MISMATCH_DATE(FindingType.WARNING, "The date condition operator is used with an invalid value. Specify a valid date using YYYY-MM-DD or other ISO 8601 date/time format."),
    TYPE_MISMATCH_IP_RANGE(FindingType.WARNING, "The condition operator {{operator}} is used with an invalid IP range value. Specify the IP range in standard CIDR format."),
    TYPE_MISMATCH_NUMBER(FindingType.WARNING, "Add a valid numeric value for the condition operator {{operator}}."),
    TYPE_MISMATCH_STRING(FindingType.WARNING, "Add a valid base64-encoded string value for the condition operator {{operator}}."),
    SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED(FindingType.WARNING, "Using a wildcard (*) in token.actions.githubusercontent.com:sub can allow requests from more sources than you intended. Specify the value of token.actions.githubusercontent.com:sub with the repository and branch name."),
    POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA(FindingType.WARNING, "The characters in the role trust policy, excluding whitespace, exceed the character maximum. We recommend that you request a role trust policy length quota increase using Service Quotas and AWS Support Center. If the quotas have already been increased, then you can ignore this warning."),
    ALLOW_WITH_NOT_PRINCIPAL(FindingType.SECURITY_WARNING, "Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead."),
    FORALLVALUES_WITH_SINGLE_VALUED_KEY(FindingType.SECURITY_WARNING, "Using ForAllValues qualifier with the single-valued condition key {{key}} can be overly permissive. We recommend that you remove ForAllValues:."),
    PASS_ROLE_WITH_NOT_RESOURCE(FindingType.SECURITY_WARNING, "Using the iam:PassRole action with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead."),
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE(FindingType.SECURITY_WARNING, "Using an action with a wildcard (*) and NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs instead."),
    PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE(FindingType.SECURITY_WARNING, "Using NotAction with NotResource can be overly permissive because it can allow iam:PassRole permissions on multiple resources.. We recommend that you specify resource ARNs instead."),
    PASS_ROLE_WITH_STAR_IN_RESOURCE(FindingType.SECURITY_WARNING, "Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive because it allows iam:PassRole permissions on multiple resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement."),
    PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE(FindingType.SECURITY_WARNING, "Using wildcards (*) in the action and the resource can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement."),
    PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION(FindingType.SECURITY_WARNING, "Using a resource with wildcards (*) and NotAction can be overly permissive because it allows iam:PassRole permissions on all resources. We recommend that you specify resource ARNs or add the iam:PassedToService condition key to your statement."),
    MISSING_PAIRED_CONDITION_KEYS(FindingType.SECURITY_WARNING, "Using the condition key {{conditionKeyName}} can be overly permissive without also using the following condition keys: {{recommendedKeys}}. Condition keys like this one are more secure when paired with a related key. We recommend that you add the related condition keys to the same condition block."),
    DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(FindingType.SECURITY_WARNING, "Using the effect Deny with the tag condition key {{conditionKeyName}} and actions for services with the following prefixes can be overly permissive: {{serviceNames}}. Actions for the listed services are not denied by this statement. We recommend that you move these actions to a different statement without this condition key."),
    DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(FindingType.SECURITY_WARNING, "Using the effect Deny with NotAction and the tag condition key {{conditionKeyName}} can be overly permissive because some service actions are not denied by this statement. This is because the condition key doesn't apply to some service actions. We recommend that you use Action instead of NotAction."),
    RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL(FindingType.SECURITY_WARNING, "Granting access to a service principal without specifying a source is overly permissive. Use aws:SourceArn or aws:SourceAccount condition key and scope access to a specific source to grant fine-grained access."),
    MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL(FindingType.SECURITY_WARNING, "Using an Open ID Connect principal without a condition can be overly permissive. Add condition keys with a prefix that matches your federated OIDC principals to ensure that only the intended identity provider assumes the role."),
    MISSING_GITHUB_REPO_CONDITION_KEY(FindingType.SECURITY_WARNING, "Granting a federated GitHub principal permissions without a condition key can allow more sources to assume the role than you intended. Add the token.actions.githubusercontent.com:sub condition key and specify the branch and repository name in the value."),
    EMPTY_ARRAY_ACTION(FindingType.SUGGESTION, "This statement includes no actions and does not affect the policy. Specify actions."),
    EMPTY_ARRAY_CONDITION(FindingType.SUGGESTION, "There are no values for the condition key {{key}} and it does not affect the policy. Specify conditions."),
    EMPTY_ARRAY_CONDITION_FORALLVALUES(FindingType.SUGGESTION, "The ForAllValues prefix with an empty condition key matches only if the key {{key}} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead."),
    EMPTY_ARRAY_CONDITION_FORANYVALUE(FindingType.SUGGESTION, "The ForAnyValue prefix with an empty condition key {{key}} never matches the request context and it does not affect the policy. Specify conditions."),
    EMPTY_ARRAY_CONDITION_IFEXISTS(FindingType.SUGGESTION, "The IfExists suffix with an empty condition key matches only if the key {{key}} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead."),
    EMPTY_ARRAY_PRINCIPAL(FindingType.SUGGESTION, "This statement includes no principals and does not affect the policy. Specify principals."),
    EMPTY_ARRAY_RESOURCE(FindingType.SUGGESTION, "This statement includes no resources and does not affect the policy. Specify resources."),
    EMPTY_OBJECT_CONDITION(FindingType.SUGGESTION, "This condition block is empty and it does not affect the policy. Specify conditions."),
    EMPTY_OBJECT_PRINCIPAL(FindingType.SUGGESTION, "This statement includes no principals and does not affect the policy. Specify principals."),
    EMPTY_SID_VALUE(FindingType.SUGGESTION, "Add a value to the empty string in the Sid element."),
    IMPROVE_IP_RANGE(FindingType.SUGGESTION, "The non-zero bits in the IP address after the masked bits are ignored. Replace address with {{addr}}."),
    NULL_WITH_QUALIFIER(FindingType.SUGGESTION, "Avoid using the Null condition operator with the ForAllValues or ForAnyValue qualifiers because they always return a true or false respectively."),
    PRIVATE_IP_ADDRESS_SUBSET(FindingType.SUGGESTION, "The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses will not have the desired effect. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp."),
    PRIVATE_NOT_IP_ADDRESS_SUBSET(FindingType.SUGGESTION, "The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses have no effect. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp."),
    REDUNDANT_ACTION(FindingType.SUGGESTION, "The {{redundantActionCount}} action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: {{redundantAction}}."),
    REDUNDANT_CONDITION_VALUE_NUM(FindingType.SUGGESTION, "Multiple values in {{operator}} are redundant. Replace with the {{greatest/least}} single value for {{key}}."),
    REDUNDANT_RESOURCE(FindingType.SUGGESTION, "The {{redundantResourceCount}} resource ARN(s) are redundant because they reference the same resource. Review the use of wildcards (*)"),
    REDUNDANT_STATEMENT(FindingType.SUGGESTION, "The statements are redundant because they provide identical permissions. Update the policy to remove the redundant statement."),
    WILDCARD_IN_SERVICE_NAME(FindingType.SUGGESTION, "Avoid using wildcards (*, ?) in the service name because it might grant unintended access to other AWS services with similar names."),
    ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(FindingType.SUGGESTION, "Using the effect Allow with the tag condition key {{conditionKeyName}} and actions for services with the following prefixes does not affect the policy: {{serviceNames}}. Actions for the listed service are not allowed by this statement. We recommend that you move these actions to a different statement without this condition key."),
    ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE(FindingType.SUGGESTION, "Using the effect Allow with NotAction and the tag condition key {{conditionKeyName}} allows only service actions that support the condition key. The condition key doesn't apply to some service actions. We recommend that you use Action instead of NotAction."),
    RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL(FindingType.SUGGESTION, "To restrict access to the service principal {{servicePrincipalPrefix}} operating on your behalf, we recommend aws:SourceArn or aws:SourceAccount instead of {{key}}."),
    IRRELEVANT_CONDITION_KEY_IN_POLICY(FindingType.SUGGESTION, "The condition key {{condition-key}} is not relevant for the {{resource-type}} policy.  Use this key in an identity-based policy to govern access to this resource."),
    REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY(FindingType.SUGGESTION, "The assumed-role principal {{redundant_principal}} is redundant with its parent role {{parent_role}}. Remove the assumed-role principal."),
    CONFIRM_AUDIENCE_CLAIM_TYPE(FindingType.SUGGESTION, "The 'aud' (audience) claim key identifies the recipients that the JSON web token is intended for. Audience claims can be multivalued or single-valued. If the claim is multivalued, use a ForAllValues or ForAnyValue qualifier. If the claim is single-valued, do not use a qualifier."),
    DUPLICATE_KEY(FindingType.ERROR, "The key {{key}} appears more than once in the same JSON object. JSON readers keep only one of the values (most keep the last), so what IAM enforces and what a reviewer reads can differ. Remove the duplicate key.", true),
    POLICY_SIZE_EXCEEDS_DOCUMENT_LIMIT(FindingType.WARNING, "The policy document has {{policySize}} characters, whitespace included, more than the {{policySizeQuota}} characters IAM's APIs accept for a policy you create or simulate. Split it into several policies.", true),
    EMPTY_POLICY_DOCUMENT(FindingType.ERROR, "The policy document is empty. Provide a JSON object with Version and Statement elements.", true),
    GOOGLE_TRUST_MISSING_AUD(FindingType.SECURITY_WARNING, "The statement trusts accounts.google.com without pinning accounts.google.com:aud, which STS fills from the token's azp claim (the party the token was issued to: for a service account's ID token, the service account's numeric unique ID) or, when the token has no azp, from its aud claim. Google signs ID tokens for every Google account and service account; without this pin the trust rests on the other conditions alone, and where they do not pin the identity, any of them can assume the role. Add StringEquals on accounts.google.com:aud with the numeric unique ID of the service account that may assume the role.", true),
    GOOGLE_TRUST_MISSING_SUB(FindingType.SECURITY_WARNING, "The statement trusts accounts.google.com without pinning accounts.google.com:sub, the token's subject. accounts.google.com:aud names the token's holder only when the token has an azp claim: for a token without azp, STS compares it with the aud claim, which whoever requests the token chooses. sub is the identity in every token. Add StringEquals on accounts.google.com:sub with the numeric unique ID of the service account (for its ID tokens, sub and azp are both that ID), so that the trust does not depend on which claims a token carries.", true),
    GOOGLE_TRUST_MISSING_OAUD(FindingType.SECURITY_WARNING, "The statement trusts accounts.google.com without pinning accounts.google.com:oaud, the token's aud claim (the audience it was minted for). accounts.google.com:aud matches azp, which for a service account's ID token is the service account itself whatever the audience, so any ID token the service account minted for another service can be replayed to AWS STS for this role's credentials while it is valid; a service that received such a token could do exactly that. Add StringEquals on accounts.google.com:oaud with the dedicated audience the workload requests for AWS.", true),
    GOOGLE_TRUST_WEAK_OPERATOR(FindingType.SECURITY_WARNING, "No condition pins {{key}} to exact values: it is compared only with {{operator}}, which can accept tokens other than the pinned ones (a Like pattern, a case-insensitive match, a set qualifier, or IfExists, which also matches when the key is absent). Compare {{key}} with StringEquals, without IfExists or a set qualifier, against the exact value.", true),
    // keyless's own codes for conditions, security and role trust (docs/findings.md explains each)
    ALLOW_WITH_NOT_ACTION(FindingType.SECURITY_WARNING, "Using Allow with NotAction allows every action of every service except the listed ones, including actions AWS adds later. We recommend that you list the allowed actions in Action instead.", true),
    ALLOW_WITH_NOT_RESOURCE(FindingType.SECURITY_WARNING, "Using Allow with NotResource allows the actions on every resource except the listed ones, including resources created later and resources in other accounts. We recommend that you list the allowed resources in Resource instead.", true),
    ALLOW_WITH_WILDCARD_PRINCIPAL(FindingType.SECURITY_WARNING, "The statement allows every principal ({{principal}}), including anonymous callers and every AWS account, and no condition narrows it to an account, organization, source or VPC endpoint. Name the intended principals in Principal, or add a condition such as aws:PrincipalOrgID, aws:PrincipalAccount or aws:SourceVpce.", true),
    IF_EXISTS_ON_ALWAYS_PRESENT_KEY(FindingType.SUGGESTION, "The condition key {{key}} is always included in the request context, so the IfExists suffix of {{operator}} has no effect and suggests the key could be missing. Use {{base}} without IfExists.", true),
    // keyless's own codes for document shape, actions and resources (docs/findings.md explains each)
    POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM(FindingType.WARNING, "The policy has {{policySize}} characters excluding whitespace, more than the {{policySizeQuota}} that AWS's policy validators send to IAM Access Analyzer's ValidatePolicy, so a live validation will not vouch for it. Split it into several policies.", true),
    UNSUPPORTED_CHARACTER(FindingType.ERROR, "The character {{character}} is not allowed in a policy document: IAM accepts only tab, line feed, carriage return and the characters U+0020 to U+00FF, and rejects the whole document otherwise. Replace the character.", true),
    ACTION_SERVICE_CASE(FindingType.SUGGESTION, "The service prefix {{service}} of the action {{action}} is not written as AWS writes it ({{prefix}}). IAM matches service prefixes and action names ignoring case, so the statement works; write {{prefix}} so that reviewers and tools that compare actions as text see the same action.", true),
    WILDCARD_IN_ACTION_SERVICE(FindingType.ERROR, "The service prefix {{service}} of the action {{action}} contains a wildcard. IAM rejects a policy whose action service prefix has * or ?. Name the service and put the wildcard in the action name, for example s3:Get*.", true),
    ACTION_WILDCARD_MATCHES_NO_ACTION(FindingType.ERROR, "The action pattern {{action}} matches no action of the service {{service}}, so it grants or denies nothing. Correct the pattern or remove it.", true),
    RESOURCE_MATCHES_NO_ACTION(FindingType.WARNING, "The resource {{resource}} is of no type that an action of this statement acts on ({{expected}}), so the statement grants or denies nothing on it. Use the ARN of the resource the actions act on, or add the action that acts on this resource.", true),
    ACTION_MATCHES_NO_RESOURCE(FindingType.WARNING, "None of this statement's resources is one that the action {{action}} acts on ({{expected}}), so the statement grants or denies it on nothing. Add the resource it acts on, or move the action to a statement with that resource.", true);

    private static final String AWS_REFERENCE =
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html";
    private static final String OWN_REFERENCE = "docs/findings.md";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w/-]+)}}|\\$\\{([\\w/-]+)}");

    private final FindingType type;
    private final String template;
    private final boolean own;

    IssueCode(FindingType type, String template) {
        this(type, template, false);
    }

    IssueCode(FindingType type, String template, boolean own) {
        this.type = type;
        this.template = template;
        this.own = own;
    }

    public FindingType type() {
        return type;
    }

    public String template() {
        return template;
    }

    /** True for checks Access Analyzer does not have; their link points at keyless's docs. */
    public boolean own() {
        return own;
    }

    public String learnMoreLink() {
        String anchor = name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (own) {
            return OWN_REFERENCE + "#" + anchor;
        }
        String kind = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return AWS_REFERENCE + "#access-analyzer-reference-policy-checks-" + kind + "-" + anchor;
    }

    /**
     * Fills the template from name/value pairs; a placeholder without a value is left as written so
     * that a missing argument shows in review instead of disappearing.
     */
    public String details(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("details takes name/value pairs");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String value = m.group();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i].equals(name)) {
                    value = namesAndValues[i + 1];
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
