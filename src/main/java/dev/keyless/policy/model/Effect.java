package dev.keyless.policy.model;

import java.util.Optional;

/** A statement's effect. IAM accepts exactly {@code Allow} and {@code Deny}, case-sensitively. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String json;

    Effect(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<Effect> fromJson(String s) {
        for (Effect e : values()) {
            if (e.json.equals(s)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
