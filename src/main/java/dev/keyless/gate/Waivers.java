package dev.keyless.gate;

import java.util.List;
import java.util.Optional;

/** Everything read from an exceptions file: the valid waivers and the entries that are not valid. */
public record Waivers(Optional<String> source, List<Waiver> valid, List<WaiverProblem> problems) {

    public Waivers {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
    }

    /** No exceptions file: nothing is waived. */
    public static Waivers none() {
        return new Waivers(Optional.empty(), List.of(), List.of());
    }
}
