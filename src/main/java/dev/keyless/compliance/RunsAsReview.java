package dev.keyless.compliance;

import dev.keyless.compliance.google.GcpTypes;
import dev.keyless.compliance.google.Instances;
import dev.keyless.compliance.google.WorkloadAccounts;
import dev.keyless.google.DefaultServiceAccounts;
import dev.keyless.stack.PropertyWalk;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Only the reviewed VM runs as the workload's service account. Any code that runs as the account can
 * ask the metadata server for its Google ID tokens, and so assume the AWS role. Rather than list the
 * resources that run code (instances and templates, Cloud Run, Cloud Functions, GKE node pools,
 * Dataflow, Composer, Batch, Cloud Scheduler and Pub/Sub OIDC tokens, provider impersonation, ...),
 * the review reads every string of every resource: whatever names the account must be one of the
 * few things that may (the account itself, IAM grants, firewall targets, the AWS side, the VM).
 */
public final class RunsAsReview {

    private final StackIndex index;
    private final WorkloadAccounts accounts;

    public RunsAsReview(StackIndex index) {
        this.index = index;
        this.accounts = index.workloadAccounts();
    }

    public List<Violation> onlyTheReviewedVm() {
        List<Violation> out = new ArrayList<>();
        if (accounts.isEmpty()) {
            return out;
        }
        Optional<StackResource> reviewed = Instances.reviewed(index.stack(), accounts);
        String vm = reviewed.map(r -> "the reviewed VM (" + r.name() + ")")
                .orElse("a VM the stack names in its instanceName output");
        for (StackResource r : index.stack().resources()) {
            if (exempt(r)) {
                continue;
            }
            Map<String, String> paths = new LinkedHashMap<>();
            PropertyWalk.resource(r, (path, name, value) -> {
                if (value instanceof String s && !grantsToTheAccount(name, s)
                        && !(reviewed.filter(r::equals).isPresent() && path.matches("(input|output) serviceAccount(\\[0\\])?\\.email"))) {
                    accounts.mentions(s).ifPresent(a -> paths.putIfAbsent(path, a.label()));
                }
            });
            if (!paths.isEmpty()) {
                out.add(new Violation(r.type() + " " + r.name(), "names " + paths.values().iterator().next() + " ("
                        + String.join(", ", paths.keySet()) + "); only " + vm + " may run as it: code running as the"
                        + " account, or acting for it, can get its Google ID tokens and assume the AWS role"));
            }
        }
        return out;
    }

    /** The federated identity is an account of its own, never one Google shares between workloads. */
    public List<Violation> notASharedAccount() {
        List<Violation> out = new ArrayList<>();
        for (WorkloadAccounts.Account a : accounts.accounts()) {
            a.email().flatMap(DefaultServiceAccounts::shared).ifPresent(what -> out.add(new Violation(a.label(),
                    "is " + what + ", so every workload that runs as it can assume the AWS role; federate a service"
                            + " account created for this workload alone")));
        }
        return out;
    }

    /**
     * Resources that name the account without running as it: the accounts themselves, IAM grants
     * (judged in "Who can act as the service account"), firewall rules, the AWS side (the trust policy
     * pins the account), and the stack's own outputs.
     */
    private static boolean exempt(StackResource r) {
        return r.type().equals("pulumi:pulumi:Stack") || ResourceTypes.awsSide(r.type())
                || GcpTypes.SERVICE_ACCOUNTS.contains(r.type()) || GcpTypes.GRANTS.containsKey(r.type())
                || r.type().equals(GcpTypes.FIREWALL) || GcpTypes.FIREWALL_POLICY_RULES.contains(r.type());
    }

    /** A member of an IAM binding on some other resource gives the account a role; it does not run as it. */
    private static boolean grantsToTheAccount(String name, String value) {
        return (name.equals("member") || name.equals("members")) && value.startsWith("serviceAccount:");
    }
}
