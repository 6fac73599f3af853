package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RunMode;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.lint.wire.BatchValidation;
import dev.keyless.policy.lint.ValidationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
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
        exitCodeList = {"0:validated (with or without findings); --batch: every line answered",
                "1:bad arguments, unreadable input, (--live) AWS could not be asked, or --batch lines answered with an error"})
public final class ValidatePolicyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--policy-document", paramLabel = "POLICY",
            description = "The policy: file://PATH or the JSON itself.")
    String policyDocument;

    @Option(names = "--batch", paramLabel = "FILE.jsonl",
            description = {"One {\"id\":…,\"request\":{\"policyDocument\":…,\"policyType\":…}} per line ('-' for stdin),",
                    "answered in input order with {\"id\":…,\"findings\":[…]} or {\"id\":…,\"error\":…}; offline only."})
    String batch;

    @Option(names = "--policy-type", paramLabel = "TYPE",
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
        if (batch != null) {
            return batch();
        }
        if (policyDocument == null || policyType == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --policy-document and --policy-type, or --batch FILE.jsonl");
        }
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

    /** Every line of a JSON Lines file, offline, on every core; a bad line gets an error line. */
    private int batch() {
        if (policyDocument != null || policyType != null || resourceType != null || !output.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch takes each request from its lines:"
                    + " leave out --policy-document, --policy-type, --validate-policy-resource-type and --output");
        }
        if (RunMode.choose(live) == RunMode.Mode.LIVE) {
            throw new UserError("--batch validates offline only: a batch is thousands of requests, which Access Analyzer"
                    + " throttles; ask AWS one policy at a time with --live, or run the batch offline");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        return Batches.run("validate-policy", batch, spec.commandLine().getErr(),
                (in, out) -> new BatchValidation(new OfflinePolicyValidator()).run(in, out, cores));
    }

    private ValidateRequest request() {
        ValidateRequest parameters;
        try {
            // The parameters first: a wrong type is reported before the document is read.
            parameters = ValidateRequest.of("", policyType, resourceType, ValidatePolicyCommand::option);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return new ValidateRequest(Inputs.text(policyDocument, "--policy-document"), parameters.policyType(),
                parameters.resourceType());
    }

    /** ValidatePolicy's member names as this verb's options ({@code policyType} → {@code --policy-type}). */
    private static String option(String member) {
        return "--" + member.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
