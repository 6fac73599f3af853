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
import java.util.Set;

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
        Map<StackResource, Optional<Set<String>>> reviewed = reviewedVms();
        String vm = reviewed.isEmpty() ? "a VM the stack names in its instanceName output"
                : index.workloads().stream().anyMatch(WorkloadUnderReview::listed) ? "its workload's reviewed VM"
                : "the reviewed VM (" + reviewed.keySet().iterator().next().name() + ")";
        for (StackResource r : index.stack().resources()) {
            if (exempt(r)) {
                continue;
            }
            Map<String, String> paths = new LinkedHashMap<>();
            Optional<Set<String>> runsAs = reviewed.getOrDefault(r, null);
            PropertyWalk.resource(r, (path, name, value) -> {
                if (value instanceof String s && !grantsToTheAccount(name, s)) {
                    accounts.mentions(s).filter(a -> !(runsAs != null && path.matches("(input|output) serviceAccount(\\[0\\])?\\.email")
                                    && runsAs.map(ids -> a.uniqueId().filter(ids::contains).isPresent()).orElse(true)))
                            .ifPresent(a -> paths.putIfAbsent(path, a.label()));
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

    /**
     * The reviewed VMs, each with the accounts it may run as: the one the flat {@code instanceName} output
     * names (any of the workload's accounts), or each workload's, which may run as that workload's account
     * only.
     */
    private Map<StackResource, Optional<Set<String>>> reviewedVms() {
        Map<StackResource, Optional<Set<String>>> out = new java.util.IdentityHashMap<>();
        if (index.workloads().stream().noneMatch(WorkloadUnderReview::listed)) {
            Instances.reviewed(index.stack(), accounts).ifPresent(vm -> out.put(vm, Optional.empty()));
            return out;
        }
        List<StackResource> running = Instances.runningAs(index.stack(), accounts);
        for (WorkloadUnderReview w : index.workloads()) {
            w.instanceName().ifPresent(name -> running.stream()
                    .filter(vm -> vm.string("name").filter(name::equals).isPresent())
                    .findFirst().ifPresent(vm -> out.put(vm, Optional.of(w.accountIds()))));
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
