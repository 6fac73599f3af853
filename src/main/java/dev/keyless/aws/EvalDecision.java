package dev.keyless.aws;

import java.util.Optional;

/** The simulator's {@code PolicyEvaluationDecisionType}, spelled as its API spells it. */
public enum EvalDecision {
    ALLOWED("allowed"), EXPLICIT_DENY("explicitDeny"), IMPLICIT_DENY("implicitDeny");

    private final String json;

    EvalDecision(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<EvalDecision> fromJson(String s) {
        for (EvalDecision d : values()) {
            if (d.json.equals(s)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
