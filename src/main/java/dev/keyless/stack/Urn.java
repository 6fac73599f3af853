package dev.keyless.stack;

import java.util.Optional;

/**
 * Pulumi URNs: {@code urn:pulumi:STACK::PROJECT::QUALIFIED_TYPE::NAME}, where the qualified type of
 * a child is {@code PARENT_TYPE$TYPE} (the root stack resource is no such parent). Names may
 * themselves contain {@code ::}, so the name is everything after the third separator.
 */
public record Urn(String stack, String project, String qualifiedType, String name) {

    private static final String PREFIX = "urn:pulumi:";
    private static final String SEP = "::";

    /** The type token of the root resource that carries a stack's outputs. */
    public static final String STACK_TYPE = "pulumi:pulumi:Stack";

    public static Urn of(String stack, String project, String type, String name) {
        return new Urn(stack, project, type, name);
    }

    /** The root stack resource's URN; Pulumi names it {@code PROJECT-STACK}. */
    public static Urn root(String project, String stack) {
        return new Urn(stack, project, STACK_TYPE, project + "-" + stack);
    }

    public static Optional<Urn> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = text.substring(PREFIX.length());
        int a = rest.indexOf(SEP);
        int b = a < 0 ? -1 : rest.indexOf(SEP, a + SEP.length());
        int c = b < 0 ? -1 : rest.indexOf(SEP, b + SEP.length());
        if (a <= 0 || b < 0 || c < 0) {
            return Optional.empty();
        }
        return Optional.of(new Urn(rest.substring(0, a), rest.substring(a + SEP.length(), b),
                rest.substring(b + SEP.length(), c), rest.substring(c + SEP.length())));
    }

    /** The resource's own type token: the last segment of a qualified {@code PARENT$CHILD} type. */
    public String type() {
        int dollar = qualifiedType.lastIndexOf('$');
        return dollar < 0 ? qualifiedType : qualifiedType.substring(dollar + 1);
    }

    @Override
    public String toString() {
        return PREFIX + stack + SEP + project + SEP + qualifiedType + SEP + name;
    }
}
