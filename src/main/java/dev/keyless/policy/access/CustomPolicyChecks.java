package dev.keyless.policy.access;

/**
 * The custom-policy-check port. A backend answers PASS or FAIL or throws: it never turns an error,
 * an unreadable answer or a question it could not ask into a PASS.
 */
public interface CustomPolicyChecks {

    CheckResult checkAccessNotGranted(AccessNotGrantedRequest request);

    CheckResult checkNoNewAccess(NoNewAccessRequest request);

    CheckResult checkNoPublicAccess(NoPublicAccessRequest request);
}
