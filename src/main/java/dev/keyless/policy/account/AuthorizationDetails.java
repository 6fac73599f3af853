package dev.keyless.policy.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What a get-account-authorization-details file says: every principal and every managed policy. */
public record AuthorizationDetails(List<Principal> principals, List<ManagedPolicy> policies, boolean truncated) {

    public AuthorizationDetails {
        principals = List.copyOf(principals);
        policies = List.copyOf(policies);
    }

    /** Every document to validate, each once: principals' own documents, then managed policies' default versions. */
    public List<AccountDocument> documents() {
        List<AccountDocument> out = new ArrayList<>();
        principals.forEach(p -> out.addAll(p.documents()));
        policies.forEach(p -> p.defaultVersion().ifPresent(out::add));
        return List.copyOf(out);
    }

    /** Managed policies attached to some principal that the file's {@code Policies} list does not hold. */
    public Set<String> attachedButAbsent() {
        Set<String> listed = new TreeSet<>();
        policies.forEach(p -> listed.add(p.arn()));
        Set<String> out = new TreeSet<>();
        principals.forEach(p -> p.attachedPolicies().stream().filter(a -> !listed.contains(a)).forEach(out::add));
        return out;
    }
}
