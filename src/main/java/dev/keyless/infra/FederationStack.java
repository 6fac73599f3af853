package dev.keyless.infra;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.gcp.serviceaccount.Account;
import com.pulumi.gcp.serviceaccount.AccountArgs;

import java.util.List;
import java.util.Map;

/**
 * Keyless S3 access for GCP workloads: each workload's service account (and VM), its bucket, the
 * read-only policy and the role that trusts exactly that service account. Without
 * {@code keyless-federation:workloads} the settings describe one workload, built and exported as it
 * always was; with it, every workload is built by {@link Workloads} and exported in one list.
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
    /** The configured workloads, one map each ({@link Workloads}); only when {@code workloads} is set. */
    public static final String WORKLOADS = "workloads";
    /** The Google Cloud organization every trust pins; only when it is set. */
    public static final String GOOGLE_ORGANIZATION_NUMBER = "googleOrganizationNumber";

    private FederationStack() {}

    public static void stack(Context ctx, FederationSettings settings) {
        if (settings.configuresWorkloads()) {
            ctx.export(WORKLOADS, Workloads.create(settings));
        } else {
            single(ctx, settings);
        }
        ctx.export(REVIEWED_MINTERS, Output.of(settings.reviewedMinters().stream()
                .map(m -> Map.of("member", m.member(), "role", m.role())).toList()));
        settings.organization().ifPresent(o -> ctx.export(GOOGLE_ORGANIZATION_NUMBER, Output.of(o)));
    }

    private static void single(Context ctx, FederationSettings settings) {
        final var serviceAccount = new Account(ResourceNames.SINGLE.account(), AccountArgs.builder()
                .accountId(settings.serviceAccountId())
                .displayName("keyless workload")
                .description("Runs the keyless VM; its Google ID tokens are its only way into AWS.")
                .build());

        final var bucket = DataBucket.create(settings, ResourceNames.SINGLE.bucket(), settings.bucketPrefix());
        final var role = ReadOnlyRole.create(settings, ResourceNames.SINGLE, serviceAccount.uniqueId(),
                settings.tokenAudience(), bucket.arn(), List.of(), false);
        final var vm = Workload.create(settings, serviceAccount, role, bucket);

        ctx.export(ROLE_ARN, role.arn());
        ctx.export(BUCKET_NAME, bucket.bucket());
        ctx.export(SERVICE_ACCOUNT_EMAIL, serviceAccount.email());
        ctx.export(SERVICE_ACCOUNT_UNIQUE_ID, serviceAccount.uniqueId());
        ctx.export(INSTANCE_NAME, vm.name());
        ctx.export(TOKEN_AUDIENCE, Output.of(settings.tokenAudience()));
        ctx.export(CREDENTIALS_HINT, role.arn().applyValue(arn -> credentialsHint(arn, settings.tokenAudience())));
    }

    static String credentialsHint(String roleArn, String audience) {
        return "on the VM, keyless-token.timer writes a Google ID token (aud=" + audience + ") to "
                + "/run/keyless/google-id-token; AWS SDKs exchange it via sts:AssumeRoleWithWebIdentity for "
                + roleArn + " (AWS_ROLE_ARN + AWS_WEB_IDENTITY_TOKEN_FILE in /etc/keyless/aws.env); no AWS key exists";
    }
}
