package dev.keyless.policy.finding;

import dev.keyless.policy.model.Location;

import java.util.List;

/**
 * What a check found, in Access Analyzer's {@code ValidatePolicyFinding} shape. Whether a finding
 * blocks a gate is decided elsewhere; a finding only says what is there.
 */
public record Finding(FindingType findingType, String issueCode, String findingDetails, String learnMoreLink,
                      List<Location> locations) {

    public Finding {
        locations = List.copyOf(locations);
    }

    public static Finding of(IssueCode code, String details, List<Location> locations) {
        return new Finding(code.type(), code.name(), details, code.learnMoreLink(), locations);
    }

    public static Finding of(IssueCode code, String details, Location location) {
        return of(code, details, List.of(location));
    }
}
