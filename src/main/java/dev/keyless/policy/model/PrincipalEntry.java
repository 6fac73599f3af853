package dev.keyless.policy.model;

import java.util.List;

/** One principal type of a Principal element, e.g. {@code "Federated": "accounts.google.com"}. */
public record PrincipalEntry(Text type, List<Text> values, boolean array, Location location) {

    public PrincipalEntry {
        values = List.copyOf(values);
    }
}
