package dev.keyless.infra;

import com.pulumi.core.Output;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;
import com.pulumi.gcp.serviceaccount.ServiceaccountFunctions;
import com.pulumi.gcp.serviceaccount.inputs.GetAccountArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workloads {@code keyless-federation:workloads} lists, each with its own role, policy and trust.
 * The VMs share one network (a VPC of its own with Cloud NAT, as the single workload's), each behind a
 * firewall rule of its own. The export is one list the rule book reads to tie each role to its
 * account, audience, bucket and prefixes ({@code StackIndex} in the rule book):
 * {@code [{name, roleArn, bucketName, existingBucket, prefixes, serviceAccountEmail,
 * serviceAccountUniqueId, existingServiceAccount, tokenAudience, instanceName?}]}.
 */
final class Workloads {

    private Workloads() {}

    static Output<List<Map<String, Object>>> create(FederationSettings settings) {
        Optional<Workload.Net> net = settings.workloads().stream().anyMatch(WorkloadConfig::vm)
                ? Optional.of(Workload.network(settings)) : Optional.empty();
        List<Output<Map<String, Object>>> entries = new ArrayList<>();
        for (WorkloadConfig w : settings.workloads()) {
            entries.add(one(settings, w, net));
        }
        return Output.all(entries);
    }

    private static Output<Map<String, Object>> one(FederationSettings settings, WorkloadConfig w, Optional<Workload.Net> net) {
        ResourceNames names = ResourceNames.of(w.name());
        String audience = w.tokenAudience().orElse(settings.tokenAudience());
        Output<String> email;
        Output<String> uniqueId;
        if (w.existingAccount()) {
            // An account the stack does not own: its unique id is read when the program runs.
            var account = ServiceaccountFunctions.getAccount(GetAccountArgs.builder()
                    .accountId(w.serviceAccountEmail().orElseThrow()).build());
            email = account.applyValue(a -> a.email());
            uniqueId = account.applyValue(a -> a.uniqueId());
        } else {
            var account = new Account(names.account(), AccountArgs.builder()
                    .accountId(w.serviceAccountId().orElseThrow())
                    .displayName("keyless workload " + w.name())
                    .description("Workload " + w.name() + " of keyless; its Google ID tokens are its only way into AWS.")
                    .build());
            email = account.email();
            uniqueId = account.uniqueId();
        }
        Output<String> bucketName;
        Output<String> bucketArn;
        if (w.existingBucket()) {
            bucketName = Output.of(w.bucket().orElseThrow());
            bucketArn = Output.of("arn:aws:s3:::" + w.bucket().orElseThrow());
        } else {
            var bucket = DataBucket.create(settings, names.bucket(), settings.bucketPrefix() + w.name() + "-");
            bucketName = bucket.bucket();
            bucketArn = bucket.arn();
        }
        var role = ReadOnlyRole.create(settings, names, uniqueId, audience, bucketArn, w.prefixes(), w.existingBucket());
        Output<Optional<String>> instance = w.vm()
                ? Workload.vm(settings, net.orElseThrow(), names, email, role.arn(), bucketName, audience, w.prefixes())
                        .name().applyValue(Optional::of)
                : Output.of(Optional.empty());
        return Output.tuple(role.arn(), bucketName, email, uniqueId, instance).applyValue(t -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", w.name());
            entry.put("roleArn", t.t1);
            entry.put("bucketName", t.t2);
            entry.put("existingBucket", w.existingBucket());
            entry.put("prefixes", w.prefixes());
            entry.put("serviceAccountEmail", t.t3);
            entry.put("serviceAccountUniqueId", t.t4);
            entry.put("existingServiceAccount", w.existingAccount());
            entry.put("tokenAudience", audience);
            t.t5.ifPresent(name -> entry.put("instanceName", name));
            return entry;
        });
    }
}
