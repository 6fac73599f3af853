package dev.keyless.policy.eval;

/** The simulator's {@code EvalDecision}: AWS's three outcomes, spelled as its API spells them. */
public enum Decision {
    ALLOWED("allowed"),
    EXPLICIT_DENY("explicitDeny"),
    IMPLICIT_DENY("implicitDeny");

    private final String json;

    Decision(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public boolean allowed() {
        return this == ALLOWED;
    }
}
