package dev.keyless.policy.finding;

/** Access Analyzer's finding types, most severe first. */
public enum FindingType {
    ERROR, SECURITY_WARNING, WARNING, SUGGESTION
}
