package dev.keyless.gate;

import dev.keyless.policy.lint.ValidateRequest;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The three kinds of policy document the "Access Analyzer finds nothing to fix" scenarios judge, each
 * validated as IAM attaches it. A scenario says which kind it covers with a tag in the feature file,
 * so the gate can re-judge it from the findings without reading scenario names.
 */
public enum DocumentKind {
    TRUST("aa-trust-policies", "trust policy", ValidateRequest::trust),
    ATTACHED("aa-attached-policies", "permission policy", ValidateRequest::identity),
    BUCKET("aa-bucket-policies", "bucket policy", ValidateRequest::bucket);

    private final String tag;
    private final String noun;
    private final Function<String, ValidateRequest> request;

    DocumentKind(String tag, String noun, Function<String, ValidateRequest> request) {
        this.tag = tag;
        this.noun = noun;
        this.request = request;
    }

    /** The kind a scenario covers, from its tags (Cucumber tags without the {@code @}). */
    public static Optional<DocumentKind> ofTags(Set<String> tags) {
        for (DocumentKind k : values()) {
            if (tags.contains(k.tag) || tags.contains("@" + k.tag)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public String tag() {
        return tag;
    }

    public String noun() {
        return noun;
    }

    public ValidateRequest request(String document) {
        return request.apply(document);
    }
}
