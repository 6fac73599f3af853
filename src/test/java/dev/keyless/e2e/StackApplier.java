package dev.keyless.e2e;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies the AWS resources of a stack export to an AWS endpoint with the AWS SDK v2, making the
 * calls the Pulumi AWS provider makes on {@code pulumi up}: a test helper, not a deployer. It is
 * driven by resource types and properties only (no logical names), in the order of the export's
 * recorded dependencies, with the physical names the export recorded.
 *
 * <p>It refuses what it does not understand rather than drop it: an {@code aws:} type without an
 * applier below, or an input an applier does not apply, stops the test. GCP resources and Pulumi's
 * own (stack, providers) are not AWS's and are left out.
 */
final class StackApplier {

    private record Kind(Set<String> inputs, Consumer<StackResource> apply) {}

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Region region;

    StackApplier(IamClient iam, S3Client s3, Region region) {
        this.region = region;
        var s3Kinds = new S3Appliers(s3, region);
        var iamKinds = new IamAppliers(iam);
        kinds.put("aws:s3/bucketV2:BucketV2", new Kind(Set.of("bucket", "bucketPrefix", "forceDestroy", "tags", "region"),
                s3Kinds::bucket));
        kinds.put("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", new Kind(Set.of("bucket", "blockPublicAcls",
                "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets", "region"), s3Kinds::publicAccessBlock));
        kinds.put("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                new Kind(Set.of("bucket", "rules", "region"), s3Kinds::encryption));
        kinds.put("aws:s3/bucketOwnershipControls:BucketOwnershipControls", new Kind(Set.of("bucket", "rule", "region"),
                s3Kinds::ownership));
        kinds.put("aws:s3/bucketPolicy:BucketPolicy", new Kind(Set.of("bucket", "policy", "region"), s3Kinds::policy));
        kinds.put("aws:iam/policy:Policy", new Kind(Set.of("name", "namePrefix", "path", "description", "policy", "tags"),
                iamKinds::policy));
        kinds.put("aws:iam/role:Role", new Kind(Set.of("name", "namePrefix", "path", "description", "assumeRolePolicy",
                "maxSessionDuration", "tags", "forceDetachPolicies"), iamKinds::role));
        kinds.put("aws:iam/rolePolicyAttachment:RolePolicyAttachment", new Kind(Set.of("role", "policyArn"),
                iamKinds::attachment));
        kinds.put("aws:iam/rolePolicy:RolePolicy", new Kind(Set.of("role", "name", "policy"), iamKinds::inline));
    }

    /** Applies every AWS resource of the stack; returns their URNs in the order applied. */
    List<String> apply(StackSnapshot stack) {
        List<String> applied = new ArrayList<>();
        for (StackResource r : inDependencyOrder(stack)) {
            Kind kind = kinds.get(r.type());
            if (kind == null) {
                throw new IllegalStateException("StackApplier cannot apply " + r.type() + " (" + r.urn() + "): teach it"
                        + " the calls pulumi up makes for that type");
            }
            List<String> unknown = r.inputs().entrySet().stream()
                    .filter(e -> !e.getKey().startsWith("__") && !kind.inputs().contains(e.getKey()) && present(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("StackApplier does not apply the inputs " + unknown + " of " + r.urn());
            }
            r.string("region").filter(rg -> !rg.equals(region.id())).ifPresent(rg -> {
                throw new IllegalStateException(r.urn() + " is in " + rg + ", the endpoint in " + region.id());
            });
            kind.apply().accept(r);
            applied.add(r.urn());
        }
        return applied;
    }

    /** AWS resources only, each after the AWS resources it depends on, otherwise in export order. */
    static List<StackResource> inDependencyOrder(StackSnapshot stack) {
        List<StackResource> pending = new ArrayList<>(stack.resources().stream().filter(StackApplier::isAws).toList());
        Set<String> aws = new HashSet<>(pending.stream().map(StackResource::urn).toList());
        Set<String> done = new HashSet<>();
        List<StackResource> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            StackResource next = pending.stream().filter(r -> dependencies(r).stream()
                    .allMatch(d -> !aws.contains(d) || done.contains(d))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("a dependency cycle among " + pending));
            pending.remove(next);
            done.add(next.urn());
            out.add(next);
        }
        return out;
    }

    private static boolean isAws(StackResource r) {
        return r.type().startsWith("aws:");
    }

    private static Set<String> dependencies(StackResource r) {
        Set<String> all = new HashSet<>(r.links().dependencies());
        r.links().propertyDependencies().values().forEach(all::addAll);
        return all;
    }

    private static boolean present(Object value) {
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof List<?> l) {
            return !l.isEmpty();
        }
        return Objects.nonNull(value);
    }
}
