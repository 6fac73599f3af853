package dev.keyless.infra;

/**
 * The logical names of one workload's resources. The single workload of a stack without
 * {@code keyless-federation:workloads} keeps the names it always had, so existing stacks render
 * unchanged; a configured workload's names derive from its name ({@code reports-reader-role}).
 */
record ResourceNames(String account, String bucket, String policy, String role, String attachment, String firewall,
                     String vm) {

    static final ResourceNames SINGLE = new ResourceNames("workload-sa", "data-bucket", "s3-read-policy",
            "s3-reader-role", "s3-read-policy-attachment", "allow-ssh-from-iap", "workload-vm");

    static ResourceNames of(String workload) {
        return new ResourceNames(workload + "-sa", workload + "-bucket", workload + "-read-policy", workload + "-reader-role",
                workload + "-read-policy-attachment", workload + "-allow-ssh-from-iap", workload + "-vm");
    }
}
