package dev.keyless.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic mix of simulation requests for keyless's own stack and its neighbours: the reader role's
 * identity policy with and without a permissions boundary, the bucket policy (TLS deny, cross-account
 * grant), the Google trust policy with web-identity keys, tag and variable conditions. A few dozen
 * distinct policy texts, as a real rule book has, so the compiled-policy cache is exercised as in use.
 */
final class RequestMix {

    private static final String[] ACTIONS = {"s3:GetObject", "s3:ListBucket", "s3:PutObject", "s3:DeleteObject",
            "s3:PutBucketPolicy", "iam:CreateUser", "kms:Decrypt", "s3:GetObjectVersion"};

    private RequestMix() {}

    static String reader(int bucket) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
                + "\"Resource\":\"arn:aws:s3:::keyless-data-" + bucket + "\"},{\"Effect\":\"Allow\","
                + "\"Action\":[\"s3:GetObject\",\"s3:GetObjectVersion\"],\"Resource\":\"arn:aws:s3:::keyless-data-" + bucket + "/*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":[\"s3:Put*\",\"s3:Delete*\"],\"Resource\":\"*\","
                + "\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalTag/team\":\"platform\"}}}]}";
    }

    static String boundary() {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:*\",\"cloudwatch:*\"],\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"s3:PutBucketPolicy\",\"Resource\":\"*\"}]}";
    }

    static String bucketPolicy(int bucket) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\","
                + "\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::keyless-data-" + bucket + "\",\"arn:aws:s3:::keyless-data-" + bucket + "/*\"],"
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}},{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::keyless-data-" + bucket + "/shared/${aws:PrincipalTag/team}/*\","
                + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":[\"203.0.113.0/24\",\"2001:db8::/32\"]}}}]}";
    }

    static String trust(int sa) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"GoogleServiceAccountOnly\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"Federated\":\"accounts.google.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\","
                + "\"Condition\":{\"StringEquals\":{\"accounts.google.com:aud\":\"1122334455667788990" + sa + "\","
                + "\"accounts.google.com:sub\":\"1122334455667788990" + sa + "\",\"accounts.google.com:oaud\":\"sts.amazonaws.com\"}}}]}";
    }

    /** One request as SimulateCustomPolicy JSON (policies embedded as strings), from a seeded random. */
    static String request(Random r) {
        int bucket = r.nextInt(12);
        int kind = r.nextInt(10);
        StringBuilder sb = new StringBuilder(1024);
        if (kind < 2) {
            int sa = 10 + r.nextInt(8);
            boolean ours = r.nextBoolean();
            String id = "1122334455667788990" + (ours ? sa : sa + 1);
            sb.append("{\"PolicyInputList\":[],\"ResourcePolicy\":").append(quote(trust(sa)))
                    .append(",\"CallerPrincipal\":{\"Federated\":\"accounts.google.com\"}")
                    .append(",\"ActionNames\":[\"sts:AssumeRoleWithWebIdentity\"],\"ResourceArns\":[\"arn:aws:iam::111122223333:role/keyless-reader\"]")
                    .append(",\"ContextEntries\":[").append(entry("accounts.google.com:aud", "string", id)).append(',')
                    .append(entry("accounts.google.com:oaud", "string", r.nextInt(4) == 0 ? "https://other.example.com" : "sts.amazonaws.com"))
                    .append(',').append(entry("accounts.google.com:sub", "string", id)).append("]}");
            return sb.toString();
        }
        sb.append("{\"PolicyInputList\":[").append(quote(reader(bucket))).append(']');
        if (kind == 2) {
            sb.append(",\"PermissionsBoundaryPolicyInputList\":[").append(quote(boundary())).append(']');
        }
        boolean crossAccount = kind == 9;
        if (kind >= 8) {
            sb.append(",\"ResourcePolicy\":").append(quote(bucketPolicy(bucket)));
            sb.append(",\"CallerArn\":\"arn:aws:iam::").append(crossAccount ? "444455556666" : "111122223333").append(":user/app\"");
            sb.append(",\"ResourceOwner\":\"arn:aws:iam::111122223333:root\"");
        }
        sb.append(",\"ActionNames\":[");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(ACTIONS[r.nextInt(ACTIONS.length)]).append('"');
        }
        sb.append("],\"ResourceArns\":[\"arn:aws:s3:::keyless-data-").append(bucket).append(r.nextInt(5) == 0 ? "" : "/shared/data/report-"
                + r.nextInt(1000) + ".csv").append("\"]");
        sb.append(",\"ContextEntries\":[").append(entry("aws:SecureTransport", "boolean", r.nextInt(8) == 0 ? "false" : "true"))
                .append(',').append(entry("aws:SourceIp", "ip", r.nextBoolean() ? "203.0.113." + r.nextInt(256) : "198.51.100.7"))
                .append(',').append(entry("aws:PrincipalTag/team", "string", r.nextBoolean() ? "data" : "platform")).append("]}");
        return sb.toString();
    }

    static List<String> requests(int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(request(r));
        }
        return out;
    }

    private static String entry(String name, String type, String value) {
        return "{\"ContextKeyName\":\"" + name + "\",\"ContextKeyValues\":[\"" + value + "\"],\"ContextKeyType\":\"" + type + "\"}";
    }

    static String quote(String json) {
        return '"' + json.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
