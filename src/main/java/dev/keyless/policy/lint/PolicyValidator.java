package dev.keyless.policy.lint;

/**
 * The validate-policy port: Access Analyzer's ValidatePolicy, answered offline by
 * {@link OfflinePolicyValidator} or live by the AWS adapter. Both speak the same issue codes.
 */
public interface PolicyValidator {

    ValidationResult validate(ValidateRequest request);
}
