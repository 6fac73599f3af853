package dev.keyless.cli;

import dev.keyless.UserError;
import dev.keyless.io.InputFile;
import dev.keyless.io.InputLimit;
import dev.keyless.gate.AccountDocuments;
import dev.keyless.gate.BlockingTypes;
import dev.keyless.gate.Gate;
import dev.keyless.gate.GateDecision;
import dev.keyless.gate.JudgedFinding;
import dev.keyless.gate.Waivers;
import dev.keyless.policy.account.AuthorizationDetails;
import dev.keyless.policy.account.AuthorizationDetailsException;
import dev.keyless.policy.account.AuthorizationDetailsReader;
import dev.keyless.policy.account.Principal;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.progress.Progress;
import dev.keyless.report.AccountSummary;
import dev.keyless.report.ReportSet;
import dev.keyless.report.RunInfo;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.RunMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code keyless validate-account}: every policy of an AWS account, from the output of
 * {@code aws iam get-account-authorization-details}, through validate-policy, judged by the gate:
 * each role's trust policy as a role trust policy, every inline policy and every managed policy's
 * default version as identity policies. Prints a summary per principal and policy, writes the gate's
 * reports, and exits as the gate: 0 nothing blocks, 2 something does, 1 the file or AWS could not be
 * read. What Parliament's {@code --auth-details-file} and cloudsplaining do, in Access Analyzer's codes.
 */
@Command(name = "validate-account",
        header = "Every policy of an AWS account (get-account-authorization-details), judged as the gate judges.",
        mixinStandardHelpOptions = true,
        description = {"Validate every policy of an AWS account as IAM Access Analyzer's ValidatePolicy does: each role's",
                "trust policy, every inline policy of a user, group or role, and every managed policy's default version,",
                "from the output of: aws iam get-account-authorization-details > details.json",
                "Offline by default; --live asks Access Analyzer, one request at a time with live mode's retries."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing blocks", "2:blocking findings, or a document that cannot be read",
                "1:the file cannot be read, or (--live) AWS could not be asked"})
public final class ValidateAccountCommand implements Callable<Integer> {

    @Option(names = "--authorization-details", required = true, paramLabel = "FILE",
            description = "the output of aws iam get-account-authorization-details (file://PATH or PATH)")
    String details;

    @Option(names = "--report-dir", paramLabel = "DIR", description = "write index.html, keyless.sarif, keyless-summary.json and policies/ here")
    Path reportDir;

    @Option(names = "--live", description = "Ask IAM Access Analyzer instead of the offline checker (AWS credentials"
            + " needed). Same as KEYLESS_MODE=live.")
    boolean live;

    @picocli.CommandLine.Mixin
    GateOptions gate = new GateOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Function<RunMode.Mode, Backends> backends;

    public ValidateAccountCommand() {
        this(Backends::select);
    }

    /** The seam for tests: which backends a mode gets. */
    ValidateAccountCommand(Function<RunMode.Mode, Backends> backends) {
        this.backends = backends;
    }

    @Override
    public Integer call() {
        AuthorizationDetails account;
        try {
            account = AuthorizationDetailsReader.read(InputFile.read(Inputs.path(details), InputLimit.AUTHORIZATION_DETAILS,
                    "--authorization-details"));
        } catch (AuthorizationDetailsException e) {
            throw new UserError("--authorization-details: " + e.getMessage());
        }
        BlockingTypes blocking = gate.blocking();
        Waivers waivers = gate.waivers();
        PrintWriter out = spec.commandLine().getOut();
        AccountDocuments docs = AccountDocuments.of(account);
        String accountId = accountId(account);
        GateDecision decision;
        String mode;
        try (Backends chosen = backends.apply(RunMode.choose(live))) {
            mode = chosen.mode().mode().label();
            out.printf("keyless validate-account · mode: %s · account: %s (%s)%n", mode, accountId, details);
            if (chosen.mode().live()) {
                chosen.mode().backendLines().forEach(l -> out.printf("  %s%n", l));
            }
            out.flush();
            long started = System.nanoTime();
            Progress progress = Progress.onTerminal("validate-account");
            try {
                decision = Gate.decideDocuments(docs.documents(), docs.unreadable(),
                        counted(chosen.validator(), docs.documents().size(), progress), waivers, blocking);
            } finally {
                progress.finish();
            }
            if (chosen.mode().live()) {
                awsRequests(chosen.requestCounts(), System.nanoTime() - started, out);
            }
        }
        int exit = decision.blocked() ? ExitCode.VIOLATIONS : ExitCode.OK;
        AccountSummary summary = AccountSummary.of(account, docs, decision);
        print(account, summary, decision, exit, out);
        if (reportDir != null) {
            RunInfo run = new RunInfo("validate-account", mode, "account", accountId, details, Version.current(),
                    IamCatalog.builtIn().source().toString(), blocking.names(), waivers.source(), exit);
            try {
                out.printf("Reports: %s%n", ReportSet.writeAccount(reportDir, run, decision, summary));
            } catch (IOException e) {
                throw new UserError("cannot write the reports to " + reportDir + ": " + e.getMessage());
            }
        }
        out.flush();
        return exit;
    }

    /** The validator, reporting each document on the progress line (a live run asks AWS once per document). */
    private static PolicyValidator counted(PolicyValidator validator, int total, Progress progress) {
        int[] done = {0};
        return request -> {
            var result = validator.validate(request);
            progress.update(++done[0], total, "policy documents");
            return result;
        };
    }

    private static void print(AuthorizationDetails account, AccountSummary summary, GateDecision d, int exit, PrintWriter out) {
        for (AccountSummary.Row r : summary.rows()) {
            out.printf("  %s %s%n", r.kind(), r.name());
            r.documents().forEach(doc -> out.printf("      %s: %s%n", doc.name(), doc.describe()));
            if (!r.groups().isEmpty()) {
                out.printf("      groups: %s%n", String.join(", ", r.groups()));
            }
            for (String a : r.attached()) {
                out.printf("      attached: %s%s%n", a, summary.notInFile().contains(a) ? " (not in the file: not validated)" : "");
            }
        }
        out.printf("Findings over %d policy documents: %d blocking, %d non-blocking, %d waived (blocking types: %s)%n",
                d.documents().size(), d.findings(JudgedFinding.Disposition.BLOCKING).size(),
                d.findings(JudgedFinding.Disposition.NON_BLOCKING).size(), d.findings(JudgedFinding.Disposition.WAIVED).size(),
                d.blockingTypes().names().isEmpty() ? "none" : String.join(", ", d.blockingTypes().names()));
        d.blockingReasons().forEach(r -> out.printf("  BLOCKING  %s%n", r));
        if (!summary.notInFile().isEmpty()) {
            out.printf("Not validated: %d attached managed policies are not in the file (run get-account-authorization-details"
                    + " without --filter to include them)%n", summary.notInFile().size());
        }
        long principals = account.principals().stream().filter(p -> p.type() != Principal.Type.GROUP).count();
        out.printf("%d users and roles, %d groups, %d managed policies → %s (exit %d)%n", principals,
                account.principals().size() - principals, account.policies().size(),
                exit == 0 ? "COMPLIANT" : "VIOLATIONS", exit);
    }

    /** The account of the file's principals and customer managed policies, for the reports. */
    private static String accountId(AuthorizationDetails account) {
        java.util.stream.Stream<String> arns = java.util.stream.Stream.concat(account.principals().stream().map(Principal::arn),
                account.policies().stream().map(p -> p.arn()));
        return arns.map(a -> a.split(":", 6)).filter(f -> f.length == 6 && f[4].matches("\\d{12}")).map(f -> f[4])
                .findFirst().orElse("unknown");
    }

    private static void awsRequests(Map<String, Integer> counts, long nanos, PrintWriter out) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("AWS: %d requests in %.1f s %s%n", total, nanos / 1e9, new TreeMap<>(counts));
    }
}
