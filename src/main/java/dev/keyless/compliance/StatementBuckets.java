package dev.keyless.compliance;

import dev.keyless.policy.catalog.Wildcard;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which buckets a statement's Resource can name, read once for all statements so that a question about
 * one bucket skips the statements that cannot name it. Generous, never narrower than
 * {@link S3Grants}: only a value {@code arn:aws:s3:::NAME...} with a literal bucket name is tied to that
 * bucket; any other value (a wildcard in the bucket part, a policy variable, an access point or any other
 * ARN, {@code *}), a NotResource or no Resource can name every bucket.
 */
final class StatementBuckets {

    private static final String S3 = "arn:aws:s3:::";

    private final Map<Statement, Set<String>> named = new IdentityHashMap<>();
    private final Set<Statement> anyBucket = Collections.newSetFromMap(new IdentityHashMap<>());

    StatementBuckets(List<IamIdentity> identities) {
        for (IamIdentity who : identities) {
            for (AttachedPolicy p : who.policies()) {
                p.document().flatMap(d -> d.policy()).ifPresent(doc -> doc.statements().forEach(this::read));
            }
        }
    }

    private void read(Statement s) {
        if (s.resource().isEmpty()) {
            anyBucket.add(s);
            return;
        }
        Set<String> buckets = new java.util.HashSet<>();
        for (Text v : s.resource().get().values()) {
            String value = S3Grants.variablesAsWildcards(v.value());
            if (!value.startsWith(S3)) {
                anyBucket.add(s);
                return;
            }
            String bucket = S3Arn.of(value).bucket().orElseThrow();
            if (Wildcard.hasWildcard(bucket)) {
                anyBucket.add(s);
                return;
            }
            buckets.add(bucket);
        }
        named.put(s, buckets);
    }

    /** Whether {@code s} may name the bucket {@code arn:aws:s3:::NAME}; a statement not read here may. */
    boolean mayName(Statement s, String bucketArn) {
        if (anyBucket.contains(s) || !bucketArn.startsWith(S3)) {
            return true;
        }
        Set<String> buckets = named.get(s);
        return buckets == null || buckets.contains(bucketArn.substring(S3.length()));
    }
}
