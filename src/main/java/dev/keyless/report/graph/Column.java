package dev.keyless.report.graph;

/** The graph's columns, left to right, in the order a request travels. */
public enum Column {
    IDENTITY("GCP service account"),
    TOKEN("Google ID token"),
    TRUST("Trust conditions"),
    ROLE("IAM role"),
    POLICY("Policies"),
    ACTION("Actions"),
    RESOURCE("Bucket / objects");

    private final String heading;

    Column(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
