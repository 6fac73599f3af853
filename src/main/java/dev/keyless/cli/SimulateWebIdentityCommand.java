package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.io.AwsCliJson;
import dev.keyless.io.InputLimit;
import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.wire.EvaluationResultsJson;
import dev.keyless.policy.trust.InvalidTokenException;
import dev.keyless.policy.trust.TokenReader;
import dev.keyless.policy.trust.WebIdentityResult;
import dev.keyless.policy.trust.WebIdentitySimulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/**
 * {@code keyless simulate-web-identity}: may this Google ID token assume a role with this trust policy?
 * Prints the evaluation (as one {@code EvaluationResults} entry), the {@code accounts.google.com:*}
 * keys derived from the token, and why STS would refuse the token when it would.
 */
@Command(name = "simulate-web-identity",
        header = "A Google ID token against a role trust policy, as STS sees it.",
        mixinStandardHelpOptions = true,
        description = {"Simulate sts:AssumeRoleWithWebIdentity with a Google ID token against a role trust policy.",
                "The token's claims become accounts.google.com:aud (azp if present, else aud), :oaud (aud) and :sub (sub)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the simulation was answered (allowed or denied)", "1:bad input or a malformed trust policy"})
public final class SimulateWebIdentityCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--trust-policy", required = true, paramLabel = "POLICY",
            description = "The role trust policy: file://PATH or the JSON itself.")
    String trustPolicy;

    @Option(names = "--token-claims", required = true, paramLabel = "CLAIMS",
            description = "The token: its claims as a JSON object, or a compact JWT (file://PATH or the text).")
    String tokenClaims;

    @Option(names = "--role-arn", paramLabel = "ARN", defaultValue = "*",
            description = "The role being assumed, shown as EvalResourceName (default: ${DEFAULT-VALUE}).")
    String roleArn;

    @Override
    public Integer call() {
        String policy = Inputs.text(trustPolicy, "--trust-policy");
        WebIdentityResult result;
        try {
            result = new WebIdentitySimulation(new OfflineEvaluator())
                    .simulate(policy, TokenReader.read(Inputs.text(tokenClaims, "--token-claims", InputLimit.TOKEN)), roleArn);
        } catch (InvalidTokenException e) {
            throw new UserError("--token-claims: " + e.getMessage());
        } catch (EvaluationException e) {
            throw new UserError("simulate-web-identity: --trust-policy: " + e.awsCode() + ": " + e.getMessage());
        }
        String json = AwsCliJson.pretty(g -> {
            g.writeStartObject();
            g.writeFieldName("EvaluationResults");
            EvaluationResultsJson.results(g, java.util.List.of(result.evaluation()));
            g.writeArrayFieldStart("ContextEntries");
            for (ContextEntry e : result.contextEntries()) {
                g.writeStartObject();
                g.writeStringField("ContextKeyName", e.name());
                g.writeArrayFieldStart("ContextKeyValues");
                for (String v : e.values()) {
                    g.writeString(v);
                }
                g.writeEndArray();
                g.writeStringField("ContextKeyType", e.type().json());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (result.tokenRefusal().isPresent()) {
                g.writeStringField("TokenRefusal", result.tokenRefusal().get());
            }
            g.writeEndObject();
        });
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
