package dev.keyless.e2e;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The workload, in a JVM of its own whose environment is the VM's {@code /etc/keyless/aws.env}
 * plus the endpoints: nothing here names a credential. The SDK's default credential chain finds
 * {@code AWS_ROLE_ARN} and {@code AWS_WEB_IDENTITY_TOKEN_FILE} and calls STS
 * AssumeRoleWithWebIdentity itself; the probe then tries what the workload may and may not do and
 * prints one line per step: {@code STEP name allowed} or {@code STEP name denied CODE}.
 *
 * <p>Arguments: the object key to read in {@code KEYLESS_BUCKET}, another bucket, a key in it.
 */
public final class WorkloadProbe {

    private WorkloadProbe() {}

    public static void main(String[] args) {
        String bucket = System.getenv("KEYLESS_BUCKET");
        String key = args[0];
        String otherBucket = args[1];
        String otherKey = args[2];
        // One provider for both clients: one exchange, as one process on the VM would make.
        try (DefaultCredentialsProvider chain = DefaultCredentialsProvider.builder().build();
             StsClient sts = StsClient.builder().credentialsProvider(chain).build();
             // Path-style only because the endpoint is an IP address, where bucket host names do not resolve.
             S3Client s3 = S3Client.builder().credentialsProvider(chain).forcePathStyle(true).build()) {
            System.out.println("IDENTITY " + sts.getCallerIdentity().arn());
            step("ListBucket", () -> s3.listObjectsV2(b -> b.bucket(bucket)));
            step("GetObject", () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)));
            step("PutObject", () -> s3.putObject(b -> b.bucket(bucket).key("written-by-the-workload.txt"),
                    RequestBody.fromString("the role must not write")));
            step("DeleteObject", () -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
            step("GetObject on another bucket", () -> s3.getObjectAsBytes(b -> b.bucket(otherBucket).key(otherKey)));
        }
    }

    private static void step(String name, Runnable call) {
        try {
            call.run();
            System.out.println("STEP " + name + " allowed");
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                    ? "HTTP" + e.statusCode() : e.awsErrorDetails().errorCode();
            System.out.println("STEP " + name + (e.statusCode() == 403 ? " denied " : " failed ") + code);
        }
    }
}
