package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;

import java.util.List;
import java.util.Optional;

/** Runs the offline validator with every registered check, as the fixtures and the verb do. */
final class AllChecks {

    static final OfflinePolicyValidator VALIDATOR = new OfflinePolicyValidator();
    static final String BUCKET = "arn:aws:s3:::amzn-s3-demo-bucket";
    static final String OBJECTS = BUCKET + "/*";

    private AllChecks() {}

    /** {@code {"Version": "2012-10-17", "Statement": [statements...]}}. */
    static String policy(String... statements) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [" + String.join(", ", statements) + "]}";
    }

    /** An Allow statement with these (JSON) Action and Resource values and extra members. */
    static String allow(String action, String resource, String... extra) {
        StringBuilder sb = new StringBuilder("{\"Effect\": \"Allow\", \"Action\": ").append(action)
                .append(", \"Resource\": ").append(resource);
        for (String e : extra) {
            sb.append(", ").append(e);
        }
        return sb.append('}').toString();
    }

    static String q(String s) {
        return '"' + s + '"';
    }

    static List<Finding> findings(ValidateRequest request) {
        return VALIDATOR.validate(request).findings();
    }

    /** "CODE @ path" of each finding, in document order. */
    static List<String> identity(String document) {
        return codes(ValidateRequest.identity(document));
    }

    static List<String> bucket(String document) {
        return codes(ValidateRequest.bucket(document));
    }

    static List<String> trust(String document) {
        return codes(ValidateRequest.trust(document));
    }

    static List<String> resource(String document) {
        return codes(new ValidateRequest(document, PolicyType.RESOURCE_POLICY, Optional.empty()));
    }

    static List<String> of(PolicyType type, String document) {
        return codes(new ValidateRequest(document, type, Optional.empty()));
    }

    static List<String> codes(ValidateRequest request) {
        return findings(request).stream()
                .map(f -> f.issueCode() + " @ " + f.locations().get(0).path())
                .toList();
    }

    /** The single finding with this code. */
    static Finding only(String code, ValidateRequest request) {
        List<Finding> hits = findings(request).stream().filter(f -> f.issueCode().equals(code)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one " + code + ", got " + findings(request));
        }
        return hits.get(0);
    }
}
