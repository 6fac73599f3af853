package dev.keyless.aws;

/** The AWS services live mode calls, with what a user needs to know to reach them. */
public enum AwsService {
    ACCESS_ANALYZER("access-analyzer", "IAM Access Analyzer", "AWS_ENDPOINT_URL_ACCESSANALYZER"),
    IAM("iam", "IAM", "AWS_ENDPOINT_URL_IAM");

    private final String actionPrefix;
    private final String displayName;
    private final String endpointVariable;

    AwsService(String actionPrefix, String displayName, String endpointVariable) {
        this.actionPrefix = actionPrefix;
        this.displayName = displayName;
        this.endpointVariable = endpointVariable;
    }

    /** The service prefix of its IAM actions ({@code access-analyzer}, {@code iam}). */
    public String actionPrefix() {
        return actionPrefix;
    }

    public String displayName() {
        return displayName;
    }

    /** The service-specific endpoint variable the SDK honours, besides {@code AWS_ENDPOINT_URL}. */
    public String endpointVariable() {
        return endpointVariable;
    }
}
