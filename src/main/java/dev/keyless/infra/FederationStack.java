package dev.keyless.infra;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;

import java.util.Map;

/**
 * Keyless S3 access for a GCP workload: the workload's service account and VM, the private bucket,
 * the read-only policy and the role that trusts exactly that service account.
 */
public final class FederationStack {

    /** The stack outputs, by name. */
    public static final String ROLE_ARN = "roleArn";
    public static final String BUCKET_NAME = "bucketName";
    public static final String SERVICE_ACCOUNT_EMAIL = "serviceAccountEmail";
    public static final String SERVICE_ACCOUNT_UNIQUE_ID = "serviceAccountUniqueId";
    public static final String INSTANCE_NAME = "instanceName";
    public static final String TOKEN_AUDIENCE = "tokenAudience";
    public static final String CREDENTIALS_HINT = "credentialsHint";
    /** The reviewed minters as {@code [{"member": ..., "role": ...}]}, so the rule book can judge any export. */
    public static final String REVIEWED_MINTERS = "reviewedMinters";

    private FederationStack() {}

    public static void stack(Context ctx, FederationSettings settings) {
        final var serviceAccount = new Account("workload-sa", AccountArgs.builder()
                .accountId(settings.serviceAccountId())
                .displayName("keyless workload")
                .description("Runs the keyless VM; its Google ID tokens are its only way into AWS.")
                .build());

        final var bucket = DataBucket.create(settings);
        final var role = ReadOnlyRole.create(settings, serviceAccount, bucket);
        final var vm = Workload.create(settings, serviceAccount, role, bucket);

        ctx.export(ROLE_ARN, role.arn());
        ctx.export(BUCKET_NAME, bucket.bucket());
        ctx.export(SERVICE_ACCOUNT_EMAIL, serviceAccount.email());
        ctx.export(SERVICE_ACCOUNT_UNIQUE_ID, serviceAccount.uniqueId());
        ctx.export(INSTANCE_NAME, vm.name());
        ctx.export(TOKEN_AUDIENCE, Output.of(settings.tokenAudience()));
        ctx.export(CREDENTIALS_HINT, role.arn().applyValue(arn -> credentialsHint(arn, settings.tokenAudience())));
        ctx.export(REVIEWED_MINTERS, Output.of(settings.reviewedMinters().stream()
                .map(m -> Map.of("member", m.member(), "role", m.role())).toList()));
    }

    static String credentialsHint(String roleArn, String audience) {
        return "on the VM, keyless-token.timer writes a Google ID token (aud=" + audience + ") to "
                + "/run/keyless/google-id-token; AWS SDKs exchange it via sts:AssumeRoleWithWebIdentity for "
                + roleArn + " (AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE in /etc/keyless/aws.env); no AWS key exists";
    }
}
