package dev.keyless.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of {@code keyless-federation:workloads}: a workload with its own role, read policy and
 * trust. Its service account is created ({@code serviceAccountId}) or an existing one
 * ({@code serviceAccountEmail}, whose unique id the program reads at deploy time); its bucket is new
 * (absent) or an existing one ({@code bucket}); {@code prefixes} scope it to parts of the bucket.
 *
 * @param name                [a-z][a-z0-9-]{0,19}; names every resource of the workload
 * @param serviceAccountId    the account to create (exactly one of this and {@code serviceAccountEmail})
 * @param serviceAccountEmail an existing user-managed account
 * @param bucket              an existing bucket's name; empty for a new private bucket
 * @param prefixes            the key prefixes it may read; empty for the whole bucket
 * @param vm                  whether the program builds the hardened VM that runs as the account
 * @param tokenAudience       the audience its tokens carry; empty for {@code keyless-federation:tokenAudience}
 */
public record WorkloadConfig(String name, Optional<String> serviceAccountId, Optional<String> serviceAccountEmail,
                             Optional<String> bucket, List<String> prefixes, boolean vm, Optional<String> tokenAudience) {

    public WorkloadConfig {
        prefixes = prefixes == null ? null : List.copyOf(prefixes);
        List<String> problems = problems(name, serviceAccountId, serviceAccountEmail, bucket, prefixes, tokenAudience);
        if (!problems.isEmpty()) {
            String who = Setting.WORKLOADS.key() + " (" + name + ").";
            throw new InvalidSettingsException(problems.stream().map(p -> who + p).toList());
        }
    }

    /** A workload reading a new bucket as a whole, through a new account, with its VM. */
    public static WorkloadConfig created(String name, String serviceAccountId) {
        return new WorkloadConfig(name, Optional.of(serviceAccountId), Optional.empty(), Optional.empty(), List.of(),
                true, Optional.empty());
    }

    public boolean existingAccount() {
        return serviceAccountEmail.isPresent();
    }

    public boolean existingBucket() {
        return bucket.isPresent();
    }

    /** Each problem starts with the key it concerns ({@code prefixes[1]: ...}). */
    static List<String> problems(String name, Optional<String> serviceAccountId, Optional<String> serviceAccountEmail,
                                 Optional<String> bucket, List<String> prefixes, Optional<String> tokenAudience) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            out.add("name: is not set");
        } else {
            SettingRules.workloadName(name).ifPresent(p -> out.add("name: " + p));
        }
        if (serviceAccountId.isPresent() == serviceAccountEmail.isPresent()) {
            out.add("serviceAccountId: set exactly one of serviceAccountId (an account to create) and serviceAccountEmail"
                    + " (an existing account)");
        }
        serviceAccountId.flatMap(SettingRules::serviceAccountId).ifPresent(p -> out.add("serviceAccountId: " + p));
        serviceAccountEmail.flatMap(SettingRules::serviceAccountEmail).ifPresent(p -> out.add("serviceAccountEmail: " + p));
        bucket.flatMap(SettingRules::existingBucket).ifPresent(p -> out.add("bucket: " + p));
        tokenAudience.flatMap(SettingRules::tokenAudience).ifPresent(p -> out.add("tokenAudience: " + p));
        if (prefixes == null) {
            out.add("prefixes: is not set");
            return out;
        }
        if (prefixes.size() > SettingRules.MAX_PREFIXES) {
            out.add("prefixes: lists " + prefixes.size() + " prefixes; at most " + SettingRules.MAX_PREFIXES);
        }
        for (int i = 0; i < prefixes.size(); i++) {
            int index = i;
            SettingRules.prefix(prefixes.get(i)).ifPresent(p -> out.add("prefixes[" + index + "]: " + p));
            for (int j = 0; j < i; j++) {
                if (prefixes.get(i).startsWith(prefixes.get(j)) || prefixes.get(j).startsWith(prefixes.get(i))) {
                    out.add("prefixes[" + i + "]: '" + prefixes.get(i) + "' overlaps '" + prefixes.get(j) + "'; list the shorter one only");
                }
            }
        }
        return out;
    }
}
