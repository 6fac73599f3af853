package dev.keyless.policy.lint.checks;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.lint.ValidateRequest;

import java.util.List;

/** Runs one check on one document, as the offline validator would, and names what it found. */
final class Lint {

    static final String SA = "100000000000000000001";

    private Lint() {}

    /** The findings of {@code check} alone, each as {@code CODE @ path}. */
    static List<String> run(PolicyCheck check, ValidateRequest request) {
        return findings(check, request).stream()
                .map(f -> f.issueCode() + " @ " + f.locations().get(0).path()).toList();
    }

    static List<Finding> findings(PolicyCheck check, ValidateRequest request) {
        List<Finding> all = new OfflinePolicyValidator(List.of(check)).validate(request).findings();
        // Reading findings (syntax, types) are not the check's; a test document must have none.
        all.stream().filter(f -> f.issueCode().equals("JSON_SYNTAX_ERROR") || f.issueCode().equals("DATA_TYPE_MISMATCH"))
                .findFirst().ifPresent(f -> {
                    throw new IllegalArgumentException("test document is malformed: " + f);
                });
        return all;
    }

    static List<String> identity(PolicyCheck check, String statements) {
        return run(check, ValidateRequest.identity(document(statements)));
    }

    static List<String> trust(PolicyCheck check, String statements) {
        return run(check, ValidateRequest.trust(document(statements)));
    }

    static List<String> bucket(PolicyCheck check, String statements) {
        return run(check, ValidateRequest.bucket(document(statements)));
    }

    static String document(String statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}";
    }

    /** An identity statement on a bucket with the given Condition block. */
    static String withCondition(String condition) {
        return "{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\",\"Resource\":\"arn:aws:s3:::amzn-s3-demo-bucket\","
                + "\"Condition\":" + condition + "}";
    }

    /** A Google web-identity trust statement with the given Condition block (or none when null). */
    static String googleTrust(String condition) {
        return "{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":\"accounts.google.com\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"" + (condition == null ? "" : ",\"Condition\":" + condition) + "}";
    }

    static String pinned(String aud, String sub, String oaud) {
        StringBuilder sb = new StringBuilder("{\"StringEquals\":{");
        String sep = "";
        for (String[] kv : new String[][] {{"accounts.google.com:aud", aud}, {"accounts.google.com:sub", sub},
                {"accounts.google.com:oaud", oaud}}) {
            if (kv[1] != null) {
                sb.append(sep).append('"').append(kv[0]).append("\":\"").append(kv[1]).append('"');
                sep = ",";
            }
        }
        return sb.append("}}").toString();
    }
}
