package dev.keyless.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The identity {@code verify-deployed} runs as in moto: an IAM user holding
 * {@code policy-fixtures/verifier-policy.json}, the least privilege the docs ask users to grant,
 * so moto's enforcement judges whether that policy really suffices for every IAM read.
 *
 * <p>One change, for moto's sake only: moto authorizes {@code iam:GetPolicy} and
 * {@code iam:GetPolicyVersion} against the resource {@code *}, not the policy's ARN (it finds a
 * resource ARN only for requests that carry a RoleName), so a statement scoped to policy ARNs can
 * never match there. Those statements get {@code "Resource": "*"}; the role-scoped statement stays
 * as written and moto checks it against the role's ARN. See docs/live-mode.md.
 */
final class VerifierUser {

    static final Path POLICY = Path.of("policy-fixtures", "verifier-policy.json");
    static final String NAME = "keyless-verifier";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerifierUser() {}

    static AwsCredentials create(IamClient deployer) {
        deployer.createUser(b -> b.userName(NAME));
        deployer.putUserPolicy(b -> b.userName(NAME).policyName("keyless-verifier").policyDocument(asMotoJudgesIt()));
        AccessKey key = deployer.createAccessKey(b -> b.userName(NAME)).accessKey();
        return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }

    static String asMotoJudgesIt() {
        try {
            JsonNode policy = JSON.readTree(POLICY.toFile());
            for (JsonNode statement : policy.get("Statement")) {
                if (statement.get("Action").toString().contains("\"iam:GetPolicy\"")) {
                    ((ObjectNode) statement).put("Resource", "*");
                }
            }
            return JSON.writeValueAsString(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
