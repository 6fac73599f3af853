package dev.keyless.policy.catalog;

/**
 * How an ARN format uses its Region or account field: what Access Analyzer's
 * ARN_REGION_NOT_ALLOWED, ARN_ACCOUNT_NOT_ALLOWED and MISSING_ARN_REGION checks compare with.
 */
public enum FieldUse {
    /** Always empty, as the Region in {@code arn:${Partition}:iam::${Account}:role/...}. */
    EMPTY,
    /** Always filled, by a variable ({@code ${Region}}) or a fixed value ({@code aws}). */
    PRESENT,
    /** Written {@code *} in the format: any value, empty included. */
    ANY;

    static FieldUse of(String field) {
        if (field.isEmpty()) {
            return EMPTY;
        }
        return field.equals("*") ? ANY : PRESENT;
    }

    public boolean allowsEmpty() {
        return this != PRESENT;
    }

    public boolean allowsValue() {
        return this != EMPTY;
    }
}
