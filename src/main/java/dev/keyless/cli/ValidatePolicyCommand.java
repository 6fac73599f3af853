package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RunMode;
import dev.keyless.policy.lint.PolicyType;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.lint.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code keyless validate-policy}: IAM Access Analyzer's ValidatePolicy with the AWS CLI's options
 * and output. Offline by default; {@code --live} (or {@code KEYLESS_MODE=live}) asks Access Analyzer
 * itself, with the same output. Like {@code aws accessanalyzer validate-policy} it exits 0 whenever it
 * ran, findings or not (gates decide what blocks); 1 on bad arguments or unreadable input.
 */
@Command(name = "validate-policy",
        header = "Access Analyzer's ValidatePolicy: a policy's findings, offline or live.",
        mixinStandardHelpOptions = true,
        description = {"Validate a policy as IAM Access Analyzer's ValidatePolicy does and print its findings",
                "(the ValidatePolicy response JSON, or a table with --output text)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:validated (with or without findings)",
                "1:bad arguments, unreadable input, or (--live) AWS could not be asked"})
public final class ValidatePolicyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy-document", required = true, paramLabel = "POLICY",
            description = "The policy: file://PATH or the JSON itself.")
    String policyDocument;

    @Option(names = "--policy-type", required = true, paramLabel = "TYPE",
            description = "IDENTITY_POLICY, RESOURCE_POLICY, SERVICE_CONTROL_POLICY or RESOURCE_CONTROL_POLICY")
    String policyType;

    @Option(names = "--validate-policy-resource-type", paramLabel = "RESOURCE_TYPE",
            description = "With RESOURCE_POLICY only: AWS::IAM::AssumeRolePolicyDocument (a role trust policy), "
                    + "AWS::S3::Bucket, AWS::S3::AccessPoint, AWS::S3::MultiRegionAccessPoint, "
                    + "AWS::S3ObjectLambda::AccessPoint or AWS::DynamoDB::Table")
    String resourceType;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default, as the AWS CLI prints it) or text (a table)")
    String output;

    @Option(names = "--live", description = "Ask IAM Access Analyzer instead of the offline checker (AWS credentials"
            + " needed). Same as KEYLESS_MODE=live.")
    boolean live;

    private final Function<RunMode.Mode, Backends> backends;

    public ValidatePolicyCommand() {
        this(Backends::select);
    }

    /** The seam for tests: which backends a mode gets (by default the run's one selector, {@link Backends#select}). */
    ValidatePolicyCommand(Function<RunMode.Mode, Backends> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        ValidateRequest request = request();
        if (!output.equals("json") && !output.equals("text")) {
            throw new UserError("--output must be json or text, not " + output);
        }
        ValidationResult result;
        try (Backends chosen = backends.apply(RunMode.choose(live))) {
            result = chosen.validator().validate(request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.equals("json")) {
            out.println(FindingsJson.render(result));
        } else {
            out.print(FindingsTable.render(result));
        }
        out.flush();
        return ExitCode.OK;
    }

    private ValidateRequest request() {
        PolicyType type;
        try {
            type = PolicyType.valueOf(policyType);
        } catch (IllegalArgumentException e) {
            throw new UserError("--policy-type must be one of " + Arrays.toString(PolicyType.values())
                    .replaceAll("[\\[\\]]", "") + ", not " + policyType);
        }
        if (resourceType != null) {
            if (type != PolicyType.RESOURCE_POLICY) {
                throw new UserError("--validate-policy-resource-type goes with --policy-type RESOURCE_POLICY only (not "
                        + type + "), as in ValidatePolicy");
            }
            if (!ValidateRequest.RESOURCE_TYPES.contains(resourceType)) {
                throw new UserError("--validate-policy-resource-type must be one of "
                        + String.join(", ", ValidateRequest.RESOURCE_TYPES) + ", not " + resourceType);
            }
        }
        String document = Inputs.text(policyDocument, "--policy-document");
        return new ValidateRequest(document, type, Optional.ofNullable(resourceType));
    }
}
