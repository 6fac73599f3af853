package dev.keyless.compliance;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stack's KMS keys, found the way S3 finds the key a bucket's default encryption names: by key id,
 * key ARN, alias name ({@code alias/data}) or alias ARN, from both AWS providers. A key's policy is its
 * own {@code policy}/{@code keyPolicy} or a separate {@code KeyPolicy} resource; grants are {@code Grant}s.
 */
final class KmsKeys {

    /** A key of the stack with everything that says who may use it. */
    record Key(StackResource resource, List<BucketPolicy> policies, List<StackResource> grants) {}

    private final StackSnapshot stack;

    KmsKeys(StackSnapshot stack) {
        this.stack = stack;
    }

    /** The key a reference names, following an alias of the stack to its target. */
    Optional<Key> find(String reference) {
        String ref = reference.trim();
        Optional<String> target = aliasTarget(ref);
        String wanted = target.orElse(ref);
        return stack.resources().stream().filter(r -> ResourceTypes.KMS_KEYS.contains(r.type()))
                .filter(k -> names(k).contains(wanted))
                .findFirst().map(this::key);
    }

    private Optional<String> aliasTarget(String ref) {
        String alias = ref.startsWith("arn:") && ref.contains(":alias/") ? ref.substring(ref.indexOf(":alias/") + 1) : ref;
        if (!alias.startsWith("alias/")) {
            return Optional.empty();
        }
        return stack.resources().stream().filter(r -> ResourceTypes.KMS_ALIASES.contains(r.type()))
                .filter(a -> Props.string(a, "name", "aliasName").filter(alias::equals).isPresent())
                .map(a -> Props.string(a, "targetKeyId", "targetKeyArn")).flatMap(Optional::stream).findFirst();
    }

    private static List<String> names(StackResource key) {
        List<String> out = new ArrayList<>();
        Props.string(key, "arn").ifPresent(out::add);
        Props.string(key, "keyId").ifPresent(out::add);
        key.id().ifPresent(out::add);
        return out;
    }

    private Key key(StackResource key) {
        List<String> names = names(key);
        List<BucketPolicy> policies = new ArrayList<>();
        Props.first(key, "policy", "keyPolicy").ifPresent(p -> policies.add(new BucketPolicy("key policy of " + key.name(),
                PolicyText.parse(p))));
        stack.ofType(ResourceTypes.KMS_KEY_POLICY).stream()
                .filter(p -> Props.string(p, "keyId").filter(names::contains).isPresent())
                .forEach(p -> policies.add(new BucketPolicy("key policy " + p.name(), PolicyText.parse(Props.first(p, "policy").orElse(null)))));
        List<StackResource> grants = stack.ofType(ResourceTypes.KMS_GRANT).stream()
                .filter(g -> Props.string(g, "keyId").filter(names::contains).isPresent()).toList();
        return new Key(key, policies, grants);
    }
}
