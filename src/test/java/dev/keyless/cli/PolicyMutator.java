package dev.keyless.cli;

import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of real policies for the fuzz test, from a seed: text-level damage (a byte
 * flipped, a range cut, doubled or moved, a structural character dropped in) and value-level damage
 * (a string replaced by something a parser or a check could trip on: wildcards, policy variables,
 * control and non-ASCII characters, huge numbers, long runs, another type).
 */
final class PolicyMutator {

    /** Values a check or the evaluator could mishandle. */
    private static final List<String> NASTY = List.of("\"*\"", "\"?\"", "\"\"", "\"${aws:username}\"", "\"${*}\"",
            "\"${\"", "\"arn:aws:s3:::*/*\"", "\"arn:*:*:*:*:*\"", "\"s3:*\"", "\"*:*\"", "\"\\u0000\"", "\"\\ud800\"",
            "\"é\"", "\"\\u202e\"", "\"１２３\"", "\"10.0.0.0/33\"", "\"::ffff:10.0.0.1/200\"", "\"2020-02-30T25:61:00Z\"",
            "\"9223372036854775808\"", "1e999", "-0", "123456789012345678901234567890", "0.000000000000000000001", "true",
            "null", "[]", "{}", "[[]]", "{\"\":{}}", "\"" + "a".repeat(3000) + "\"", "\"Allow\"", "\"Deny\"",
            "\"2012-10-17\"", "{\"AWS\":\"*\"}", "{\"Federated\":\"accounts.google.com\"}",
            "{\"StringLike\":{\"aws:PrincipalArn\":[\"*\",null]}}", "{\"ForAnyValue:StringEquals\":{\"aws:TagKeys\":[]}}",
            "{\"IpAddress\":{\"aws:SourceIp\":\"1.2.3\"}}", "{\"DateLessThan\":{\"aws:CurrentTime\":\"-1\"}}",
            "{\"NumericLessThan\":{\"s3:max-keys\":\"1e400\"}}", "{\"Null\":{\"aws:TokenIssueTime\":\"maybe\"}}");
    private static final String STRUCTURE = "{}[],:\"\\ \n\t";

    private final Random random;

    PolicyMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code policy}. */
    String mutate(String policy) {
        String s = policy;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            s = once(s);
        }
        return s;
    }

    private String once(String s) {
        if (s.isEmpty()) {
            return NASTY.get(random.nextInt(NASTY.size()));
        }
        int at = random.nextInt(s.length());
        switch (random.nextInt(7)) {
            case 0: // flip one character
                return s.substring(0, at) + (char) (s.charAt(at) ^ (1 << random.nextInt(7))) + s.substring(at + 1);
            case 1: // drop in a structural character
                return s.substring(0, at) + STRUCTURE.charAt(random.nextInt(STRUCTURE.length())) + s.substring(at);
            case 2: { // cut a range
                int end = Math.min(s.length(), at + 1 + random.nextInt(20));
                return s.substring(0, at) + s.substring(end);
            }
            case 3: { // double a range (members twice, statements twice)
                int end = Math.min(s.length(), at + 1 + random.nextInt(80));
                return s.substring(0, end) + s.substring(at, end) + s.substring(end);
            }
            case 4: // replace a string value
                return replaceValue(s);
            case 5: { // move a range elsewhere
                int end = Math.min(s.length(), at + 1 + random.nextInt(40));
                String cut = s.substring(at, end);
                String rest = s.substring(0, at) + s.substring(end);
                int to = random.nextInt(rest.length() + 1);
                return rest.substring(0, to) + cut + rest.substring(to);
            }
            default: // a nasty value at a random place
                return s.substring(0, at) + NASTY.get(random.nextInt(NASTY.size())) + s.substring(at);
        }
    }

    /** Replaces the value after a random {@code ":} with a nasty one: the shape stays JSON more often than not. */
    private String replaceValue(String s) {
        int from = random.nextInt(s.length());
        int colon = s.indexOf("\":", from);
        if (colon < 0) {
            colon = s.indexOf("\":");
        }
        if (colon < 0) {
            return s;
        }
        int start = colon + 2;
        while (start < s.length() && s.charAt(start) == ' ') {
            start++;
        }
        int end = valueEnd(s, start);
        return s.substring(0, start) + NASTY.get(random.nextInt(NASTY.size())) + s.substring(end);
    }

    /** The end of the JSON value starting at {@code start}, roughly: strings and brackets are matched. */
    private static int valueEnd(String s, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return s.length();
    }
}
