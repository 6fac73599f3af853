package dev.keyless.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyless.io.AwsCliJson;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingJson;
import dev.keyless.policy.lint.ValidationResult;

/**
 * A ValidatePolicy response as the AWS CLI prints it: {@code {"findings": [...]}}, members in the
 * order of AWS's documented example output (alphabetical: {@code end} before {@code start}), four
 * spaces of indentation, {@code "key": value}, {@code []} for no findings. Paging is the CLI's
 * business, so there is no {@code nextToken}.
 *
 * @see <a href="https://awscli.amazonaws.com/v2/documentation/api/latest/reference/accessanalyzer/validate-policy.html">aws accessanalyzer validate-policy</a>
 */
final class FindingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingsJson() {}

    static String render(ValidationResult result) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            FindingJson.write(findings.addObject(), f);
        }
        return AwsCliJson.pretty(root);
    }
}
