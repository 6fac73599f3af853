package dev.keyless.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.compliance.AttachedPolicy;
import dev.keyless.compliance.BucketPolicy;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every policy document the Access Analyzer scenarios validate, enumerated from the same
 * {@link StackIndex} joins ({@code AccessAnalyzerReview}), each with the stack resource that holds its
 * text. A policy attached to two roles is one document (its findings are the same). The holder of an
 * attached or bucket policy is found by its text, which is what the index parsed.
 */
public final class StackDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> POLICY_HOLDERS = Set.of("aws:iam/policy:Policy", "aws:iam/rolePolicy:RolePolicy",
            "aws:s3/bucketPolicy:BucketPolicy", "aws:s3/bucketV2:BucketV2", "aws:s3/bucket:Bucket");

    private StackDocuments() {}

    public static List<PolicyDocument> of(StackIndex index) {
        Map<String, PolicyDocument> out = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        for (RoleUnderReview role : index.roles()) {
            add(out, ids, DocumentKind.TRUST, role.resource(), role.label() + " trust policy", role.trustPolicy());
        }
        for (RoleUnderReview role : index.roles()) {
            for (AttachedPolicy p : role.policies()) {
                Optional<StackResource> holder = holder(index, p.document()).or(() -> p.arn().isPresent()
                        ? Optional.empty() : Optional.of(role.resource()));
                String label = role.label() + ", " + p.via();
                if (holder.isPresent()) {
                    add(out, ids, DocumentKind.ATTACHED, holder.get(), label, p.document());
                } else {
                    String arn = p.arn().orElseThrow();
                    out.putIfAbsent("arn|" + arn, new PolicyDocument(id(ids, arn.substring(arn.lastIndexOf('/') + 1)),
                            DocumentKind.ATTACHED, arn, Optional.empty(), label, p.document()));
                }
            }
        }
        for (BucketPolicy p : index.bucketPolicies()) {
            Optional<StackResource> holder = holder(index, p.document());
            if (holder.isPresent()) {
                add(out, ids, DocumentKind.BUCKET, holder.get(), p.label(), p.document());
            } else {
                out.putIfAbsent("label|" + p.label(), new PolicyDocument(id(ids, p.label()), DocumentKind.BUCKET,
                        p.label(), Optional.empty(), p.label(), p.document()));
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, PolicyDocument> out, Map<String, Integer> ids, DocumentKind kind,
                            StackResource holder, String label, Optional<ParsedPolicy> document) {
        String key = kind + "|" + holder.urn() + "|" + document.map(ParsedPolicy::text).orElse("");
        if (!out.containsKey(key)) {
            String suffix = kind == DocumentKind.TRUST ? "-trust" : kind == DocumentKind.BUCKET ? "-bucket-policy" : "";
            out.put(key, new PolicyDocument(id(ids, holder.name() + suffix), kind, holder.name(),
                    Optional.of(holder.urn()), label, document));
        }
    }

    /** The resource whose policy property is this text; a role's inline policies are found by the caller. */
    private static Optional<StackResource> holder(StackIndex index, Optional<ParsedPolicy> document) {
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String text = document.get().text();
        return index.stack().resources().stream()
                .filter(r -> POLICY_HOLDERS.contains(r.type()))
                .filter(r -> r.property("policy").flatMap(StackDocuments::text).filter(text::equals).isPresent())
                .findFirst();
    }

    /** The text a policy property parses from, rendered as {@code PolicyText} renders an object. */
    private static Optional<String> text(Object property) {
        Object v = SecretValue.reveal(property);
        if (v instanceof String s) {
            return Optional.of(s);
        }
        if (v instanceof Map<?, ?> m) {
            try {
                return Optional.of(JSON.writeValueAsString(m));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String id(Map<String, Integer> ids, String base) {
        String clean = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        int n = ids.merge(clean, 1, Integer::sum);
        return n == 1 ? clean : clean + "-" + n;
    }
}
