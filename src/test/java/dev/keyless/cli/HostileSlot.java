package dev.keyless.cli;

import dev.keyless.io.InputLimit;
import dev.keyless.policy.lint.wire.BatchValidation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One input of one verb that the hostile-input suite attacks: how the command line names it, what a
 * valid one looks like (the other inputs of the verb are always valid), and a duplicate member and an
 * anchor in its own format.
 *
 * @param args       the command line, given the hostile file and a folder of valid files
 * @param limit      the input's limit ({@link InputLimit})
 * @param valid      a valid input, from which the BOM and invalid UTF-8 variants are made
 * @param duplicate  the same input with one member or key written twice
 * @param anchored   the same input with a YAML anchor (for JSON inputs: not JSON at all)
 * @param deep       nested far past {@code StrictJson.MAX_NESTING}
 */
record HostileSlot(String name, BiFunction<Path, Path, List<String>> args, InputLimit limit, String valid, String duplicate,
                   String anchored, String deep) {

    static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\","
            + "\"Resource\":\"*\"}]}";
    static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
            + "\"accounts.google.com\"},\"Action\":\"sts:AssumeRoleWithWebIdentity\",\"Condition\":{\"StringEquals\":{"
            + "\"accounts.google.com:aud\":\"112233445566778899001\"}}}]}";
    static final String CLAIMS = "{\"iss\":\"https://accounts.google.com\",\"aud\":\"sts.amazonaws.com\","
            + "\"azp\":\"112233445566778899001\",\"sub\":\"112233445566778899001\"}";
    static final String REQUEST = "{\"PolicyInputList\":[\"" + POLICY.replace("\"", "\\\"") + "\"],\"ActionNames\":[\"s3:GetObject\"]}";
    static final String VALIDATION = "{\"id\":1,\"request\":{\"policyDocument\":\"" + POLICY.replace("\"", "\\\"")
            + "\",\"policyType\":\"IDENTITY_POLICY\"}}\n";
    static final String ACCOUNT = "{\"UserDetailList\":[],\"GroupDetailList\":[],\"RoleDetailList\":[],\"Policies\":[]}";
    static final String OUTPUTS = "{\"roleArn\":\"arn:aws:iam::123456789012:role/s3-reader\"}";
    static final String CONFIG = "config:\n  aws:region: us-east-1\n";
    static final String EXCEPTIONS = "exceptions: []\n";
    static final Path STACK = Path.of("policy-fixtures/stacks/compliant-rendered.json");

    /** Files of every valid input, written once per test into {@code dir} by {@link HostileInputTest}. */
    static final List<String[]> VALID_FILES = List.of(new String[] {"policy.json", POLICY}, new String[] {"trust.json", TRUST},
            new String[] {"claims.json", CLAIMS}, new String[] {"outputs.json", OUTPUTS});

    /** Fifty times StrictJson.MAX_NESTING, and small enough that a policy stays under its size quota. */
    static final int DEPTH = 5_000;

    static List<HostileSlot> all() {
        String deepJson = "[".repeat(DEPTH) + "]".repeat(DEPTH);
        String deepConfig = "config: " + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "\n";
        String deepExceptions = "exceptions: " + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "\n";
        String notJson = "&anchor {}";
        return List.of(
                new HostileSlot("validate-policy --policy-document",
                        (f, d) -> List.of("validate-policy", "--policy-document", "file://" + f, "--policy-type", "IDENTITY_POLICY"),
                        InputLimit.POLICY_DOCUMENT, POLICY, POLICY.replace("{\"Version\":\"2012-10-17\",",
                        "{\"Version\":\"2012-10-17\",\"Version\":\"2012-10-17\","), notJson, deepJson),
                new HostileSlot("simulate-custom-policy --cli-input-json",
                        (f, d) -> List.of("simulate-custom-policy", "--cli-input-json", "file://" + f),
                        InputLimit.SIMULATION_REQUEST, REQUEST, REQUEST.replace("{\"PolicyInputList\"",
                        "{\"ActionNames\":[\"s3:PutObject\"],\"PolicyInputList\""), notJson, deepJson),
                new HostileSlot("simulate-custom-policy --batch",
                        (f, d) -> List.of("simulate-custom-policy", "--batch", f.toString()),
                        InputLimit.SIMULATION_REQUEST, line(REQUEST), "{\"id\":1,\"id\":2,\"request\":" + REQUEST + "}\n",
                        notJson + "\n", deepJson + "\n"),
                new HostileSlot("simulate-web-identity --trust-policy",
                        (f, d) -> List.of("simulate-web-identity", "--trust-policy", "file://" + f,
                                "--token-claims", "file://" + d.resolve("claims.json")),
                        InputLimit.POLICY_DOCUMENT, TRUST, TRUST.replace("\"Effect\":\"Allow\",", "\"Effect\":\"Allow\",\"Effect\":\"Deny\","),
                        notJson, deepJson),
                new HostileSlot("simulate-web-identity --token-claims",
                        (f, d) -> List.of("simulate-web-identity", "--trust-policy", "file://" + d.resolve("trust.json"),
                                "--token-claims", "file://" + f),
                        InputLimit.TOKEN, CLAIMS, CLAIMS.replace("{\"iss\"", "{\"sub\":\"someone-else\",\"iss\""), notJson, deepJson),
                new HostileSlot("check-access-not-granted --policy-document",
                        (f, d) -> List.of("check-access-not-granted", "--policy-document", "file://" + f,
                                "--access", "actions=s3:PutObject", "--policy-type", "IDENTITY_POLICY"),
                        InputLimit.POLICY_DOCUMENT, POLICY, POLICY.replace("\"Effect\":\"Allow\",", "\"Effect\":\"Deny\",\"Effect\":\"Allow\","),
                        notJson, deepJson),
                new HostileSlot("check-access-not-granted --access",
                        (f, d) -> List.of("check-access-not-granted", "--policy-document", "file://" + d.resolve("policy.json"),
                                "--access", "file://" + f, "--policy-type", "IDENTITY_POLICY"),
                        InputLimit.ACCESS, "[{\"actions\":[\"s3:PutObject\"]}]",
                        "[{\"actions\":[\"s3:PutObject\"],\"actions\":[\"s3:GetObject\"]}]", notJson, deepJson),
                new HostileSlot("check-stack --stack-export",
                        (f, d) -> List.of("check-stack", "--stack-export", f.toString()),
                        InputLimit.STACK_EXPORT, "{\"version\":3,\"deployment\":{\"resources\":[]}}",
                        "{\"version\":3,\"version\":3,\"deployment\":{\"resources\":[]}}", notJson, deepJson),
                new HostileSlot("check-stack --exceptions",
                        (f, d) -> List.of("check-stack", "--stack-export", STACK.toString(), "--exceptions", f.toString()),
                        InputLimit.EXCEPTIONS, EXCEPTIONS, "exceptions: []\nexceptions: []\n", "exceptions: &none []\n", deepExceptions),
                new HostileSlot("verify --config",
                        (f, d) -> List.of("verify", "--config", f.toString()),
                        InputLimit.STACK_CONFIG, CONFIG, CONFIG + "  aws:region: eu-west-1\n",
                        "config:\n  aws:region: &r us-east-1\n  gcp:project: *r\n", deepConfig),
                new HostileSlot("verify --exceptions",
                        (f, d) -> List.of("verify", "--exceptions", f.toString()),
                        InputLimit.EXCEPTIONS, EXCEPTIONS, "exceptions: []\nexceptions: []\n", "exceptions: &none []\n", deepExceptions),
                new HostileSlot("render-stack --config",
                        (f, d) -> List.of("render-stack", "--config", f.toString()),
                        InputLimit.STACK_CONFIG, CONFIG, CONFIG + "  aws:region: eu-west-1\n",
                        "config:\n  aws:region: &r us-east-1\n", deepConfig),
                new HostileSlot("verify-deployed --stack-outputs",
                        (f, d) -> List.of("verify-deployed", "--stack-outputs", f.toString()),
                        InputLimit.STACK_OUTPUTS, OUTPUTS, OUTPUTS.replace("{", "{\"roleArn\":\"arn:aws:iam::123456789012:role/other\","),
                        notJson, deepJson),
                new HostileSlot("validate-policy --batch",
                        (f, d) -> List.of("validate-policy", "--batch", f.toString()),
                        new InputLimit("validation request", BatchValidation.LIMITS.maxLine(), "a validate-policy --batch line"),
                        VALIDATION, "{\"id\":1,\"id\":2,\"request\":" + VALIDATION.substring(VALIDATION.indexOf("{\"policyDocument")),
                        notJson + "\n", deepJson + "\n"),
                new HostileSlot("validate-account --authorization-details",
                        (f, d) -> List.of("validate-account", "--authorization-details", f.toString()),
                        InputLimit.AUTHORIZATION_DETAILS, ACCOUNT,
                        "{\"RoleDetailList\":[{\"RoleName\":\"a\",\"RoleName\":\"b\"}]}", notJson, deepJson),
                new HostileSlot("verify-deployed --config",
                        (f, d) -> List.of("verify-deployed", "--stack-outputs", d.resolve("outputs.json").toString(), "--config", f.toString()),
                        InputLimit.STACK_CONFIG, CONFIG, CONFIG + "  aws:region: eu-west-1\n",
                        "config:\n  aws:region: &r us-east-1\n", deepConfig));
    }

    private static String line(String request) {
        return "{\"id\":1,\"request\":" + request + "}\n";
    }

    /** Answers one request per line, so a bad line is answered with an error line (and exit 1) instead of refusing the file. */
    boolean perLine() {
        return name.endsWith("--batch");
    }

    /** validate-policy reports a defect inside the document as a finding, as ValidatePolicy does (exit 0). */
    /**
     * How a refusal names this input (a pattern): the option, except where a verb names itself (simulate-custom-policy
     * with one request) or the check it could not run (CheckAccessNotGranted cannot judge this policy).
     */
    String inputName() {
        if (name.endsWith("--cli-input-json")) {
            return "--cli-input-json|simulate-custom-policy";
        }
        if (name.equals("check-access-not-granted --policy-document")) {
            return "policy";
        }
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    boolean defectsAreFindings() {
        return name.equals("validate-policy --policy-document");
    }

    byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return name;
    }
}
