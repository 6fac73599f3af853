package dev.keyless.gate;

import java.util.Optional;

/** A finding with the gate's verdict on it, and the waiver that excused it if one did. */
public record JudgedFinding(DocumentFinding finding, Disposition disposition, Optional<Waiver> waiver) {

    /**
     * BLOCKING: its type is in {@code --treat-finding-type-as-blocking} and nothing waives it;
     * NON_BLOCKING: its type does not block; WAIVED: it would block, and a valid exception excuses it.
     */
    public enum Disposition { BLOCKING, NON_BLOCKING, WAIVED }

    public boolean blocking() {
        return disposition == Disposition.BLOCKING;
    }
}
