package dev.keyless.policy.catalog;

import java.util.Optional;

/**
 * A resource type's ARN format as the Service Authorization Reference writes it, for example
 * {@code arn:${Partition}:s3:::${BucketName}/${ObjectName}}, compiled for matching.
 *
 * <p>Matching rules (the data has no grammar for the variables, so these are ours, chosen so
 * that AWS's documented examples classify correctly and nothing valid is rejected):
 * <ul>
 *   <li>a {@code ${Variable}} takes one or more characters; in the partition, service, Region and
 *       account fields it never takes a {@code :};</li>
 *   <li>a literal {@code *} in a format (some formats have one) takes any characters, none included;</li>
 *   <li>in the resource part a variable takes any characters, {@code /} and {@code :} included
 *       (role paths, log group names, object keys), except that a trailing variable takes no
 *       {@code /} when another format of the same ARN service continues it with {@code /}: AWS
 *       tells those resource types apart by that separator. So {@code arn:aws:s3:::b/*} is an
 *       object ARN and not a bucket ARN, and a DynamoDB table format does not match an index ARN.</li>
 * </ul>
 * Immutable; a class rather than a record because it holds compiled matchers.
 */
public final class ArnFormat {

    private static final char VARIABLE = '\u0001';

    private final String template;
    private final String service;
    private final FieldUse region;
    private final FieldUse account;
    private final String resourcePart;
    private final String resourcePartPrefix;
    private final boolean trailingVariableStopsAtSlash;
    // Compiled on first use (most formats are never matched in a run). A race compiles twice and
    // keeps either result: the patterns are immutable with final fields, so publication is safe.
    private CharSequencePattern whole;
    private CharSequencePattern resourceOnly;
    private final FormatFields fields;

    private ArnFormat(String template, boolean trailingVariableStopsAtSlash) {
        String[] f = fields(template);
        this.template = template;
        this.service = f[2].contains("${") || f[2].contains("*") ? null : f[2];
        this.region = FieldUse.of(f[3]);
        this.account = FieldUse.of(f[4]);
        this.resourcePart = f[5];
        this.resourcePartPrefix = literalStart(f[5]);
        this.trailingVariableStopsAtSlash = trailingVariableStopsAtSlash;
        this.fields = new FormatFields(f);
    }

    private CharSequencePattern whole() {
        CharSequencePattern p = whole;
        if (p == null) {
            String[] f = fields(template);
            CharSequencePattern.Builder b = new CharSequencePattern.Builder();
            for (int i = 0; i < 5; i++) {
                FormatFields.compile(b, f[i]);
                b.one(':');
            }
            resource(b, f[5]);
            p = b.build();
            whole = p;
        }
        return p;
    }

    private CharSequencePattern resourceOnly() {
        CharSequencePattern p = resourceOnly;
        if (p == null) {
            CharSequencePattern.Builder b = new CharSequencePattern.Builder();
            resource(b, resourcePart);
            p = b.build();
            resourceOnly = p;
        }
        return p;
    }

    static ArnFormat compile(String template, boolean trailingVariableStopsAtSlash) {
        return new ArnFormat(template, trailingVariableStopsAtSlash);
    }

    static String[] fields(String template) {
        String[] f = template.split(":", 6);
        if (f.length < 6 || !f[0].equals("arn")) {
            throw new IllegalStateException("IAM catalog: ARN format without six fields: " + template);
        }
        return f;
    }

    /**
     * The format with each variable folded to one marker character: one format "continues" another
     * when its shape starts with the other's shape followed by {@code /}.
     */
    static String shape(String template) {
        StringBuilder shape = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            int close = template.startsWith("${", i) ? template.indexOf('}', i) : -1;
            if (close > 0) {
                shape.append(VARIABLE);
                i = close + 1;
            } else {
                shape.append(template.charAt(i++));
            }
        }
        return shape.toString();
    }

    static boolean endsWithVariable(String shape) {
        return !shape.isEmpty() && shape.charAt(shape.length() - 1) == VARIABLE;
    }

    private void resource(CharSequencePattern.Builder b, String part) {
        int i = 0;
        while (i < part.length()) {
            if (part.startsWith("${", i) && part.indexOf('}', i) > 0) {
                int end = part.indexOf('}', i) + 1;
                int cls = end == part.length() && trailingVariableStopsAtSlash
                        ? CharSequencePattern.NOT_SLASH : CharSequencePattern.ANY;
                b.one(cls).many(cls);
                i = end;
            } else if (part.charAt(i) == '*') {
                b.many(CharSequencePattern.ANY);
                i++;
            } else {
                b.one(part.charAt(i++));
            }
        }
    }

    /** The format as AWS writes it. */
    public String template() {
        return template;
    }

    /** The ARN's service field ({@code iam} for STS's role type), empty when it is a variable. */
    public Optional<String> service() {
        return Optional.ofNullable(service);
    }

    /** {@link #service()} or null, for the index built at load time. */
    String serviceField() {
        return service;
    }

    public FieldUse region() {
        return region;
    }

    public FieldUse account() {
        return account;
    }

    /** The text before the first variable or wildcard of {@link #resourcePart()}. */
    String resourcePartStart() {
        return resourcePartPrefix;
    }

    /** The part after the fifth colon, e.g. {@code ${BucketName}/${ObjectName}}. */
    public String resourcePart() {
        return resourcePart;
    }

    /** Whether some ARN could match both this format and the policy's resource pattern. */
    public boolean matches(ArnPattern resource) {
        if (service != null && resource.literalService() != null && !service.equals(resource.literalService())) {
            return false;
        }
        // Variables and wildcards in a format's first five fields never take a colon, so when the
        // policy's first five fields are plain text, every common match splits at the same five
        // colons: field by field, each policy field must match the format's, and the resource
        // parts must intersect. The same answer as intersecting the whole patterns, for less.
        if (resource.plainFields()) {
            return fieldsMatch(resource) && resourcePartMatches(resource.resourcePart());
        }
        return CharSequencePattern.intersects(whole(), resource.pattern());
    }

    /**
     * For a policy ARN whose first five fields are plain text ({@link ArnPattern#resourcePart()} is
     * not null): whether each of them matches this format's. With {@link #resourcePartMatches} on
     * its resource part, this is {@link #matches(ArnPattern)}.
     */
    public boolean fieldsMatch(ArnPattern resource) {
        for (int i = 0; i < 5; i++) {
            if (!resource.fieldMatches(i, fields)) {
                return false;
            }
        }
        return true;
    }

    /** The text before the first variable or wildcard of a format's resource part. */
    private static String literalStart(String part) {
        int variable = part.indexOf("${");
        int star = part.indexOf('*');
        int end = variable < 0 ? part.length() : variable;
        if (star >= 0 && star < end) {
            end = star;
        }
        return part.substring(0, end);
    }

    /** Two literal starts of strings that could be equal: one is a prefix of the other. */
    private static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    public boolean matches(String resource) {
        return matches(ArnPattern.of(resource));
    }

    /**
     * Whether a policy ARN's resource part (after its fifth colon) fits this format's resource
     * part, whatever its Region and account say: the question behind "this resource type takes no
     * Region".
     */
    public boolean resourcePartMatches(ArnPattern policyResourcePart) {
        if (!compatible(resourcePartPrefix, policyResourcePart.literalPrefix())) {
            return false;
        }
        return CharSequencePattern.intersects(resourceOnly(), policyResourcePart.pattern());
    }

    public boolean resourcePartMatches(String policyResourcePart) {
        return resourcePartMatches(ArnPattern.of(policyResourcePart));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArnFormat other && other.template.equals(template)
                && other.trailingVariableStopsAtSlash == trailingVariableStopsAtSlash;
    }

    @Override
    public int hashCode() {
        return template.hashCode();
    }

    @Override
    public String toString() {
        return template;
    }
}
