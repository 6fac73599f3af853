package dev.keyless.gate;

/**
 * An entry of {@code compliance-exceptions.yaml} that waives nothing because it is not a valid
 * exception: no justification, no owner, past its expiry date, an issue code that does not exist.
 * Each problem blocks the gate by itself, so a lapsed exception is noticed instead of silently
 * turning back into a finding nobody reads.
 */
public record WaiverProblem(int entry, int line, String message) {

    @Override
    public String toString() {
        return "entry " + entry + " (line " + line + "): " + message;
    }
}
