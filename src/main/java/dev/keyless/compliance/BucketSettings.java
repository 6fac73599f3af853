package dev.keyless.compliance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Provider-neutral views of a bucket's settings, each naming where it is set for violations. */
public final class BucketSettings {

    private BucketSettings() {}

    /** A public access block (bucket, access point or account): the four settings as the stack holds them. */
    public record PublicAccessBlock(String label, Map<String, Object> settings) {

        public static final List<String> NAMES =
                List.of("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets");

        public PublicAccessBlock {
            settings = Map.copyOf(settings);
        }
    }

    /** Default encryption: the algorithm and, for SSE-KMS, the key as written (id, ARN or alias). */
    public record Encryption(String label, String algorithm, Optional<String> kmsKey) {}

    /** An ACL on the bucket: a canned ACL, or one grant to a grantee (canonical id, URI or e-mail). */
    public record AclGrant(String label, Optional<String> cannedAcl, Optional<String> grantee) {}

    /** Somewhere the bucket's data or its records are delivered: a bucket, maybe with its account. */
    public record Destination(String label, String what, String bucket, Optional<String> account) {}
}
