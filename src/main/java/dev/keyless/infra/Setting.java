package dev.keyless.infra;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every setting the program reads, with the type, default and description that {@code Pulumi.yaml}
 * declares for it (a test keeps the two in step). The program's own settings live in the project's
 * namespace because Pulumi types and defaults only project-namespaced keys in {@code Pulumi.yaml}
 * ("Configuration key '...' is not namespaced by the project and should not define a type").
 */
public enum Setting {
    GCP_PROJECT("gcp", "project", Type.STRING, null,
            "Google Cloud project that holds the service account and the VM."),
    AWS_REGION("aws", "region", Type.STRING, null,
            "AWS region of the bucket; the workload also calls STS in this region."),
    SERVICE_ACCOUNT_ID(Setting.PROJECT, "serviceAccountId", Type.STRING, "aws-service-access",
            "Account id of the GCP service account the workload runs as (6-30 characters, [a-z]([-a-z0-9]*[a-z0-9]))."),
    ZONE(Setting.PROJECT, "zone", Type.STRING, "us-east4-c",
            "Compute Engine zone of the VM; its region holds the subnet and the Cloud NAT."),
    MACHINE_TYPE(Setting.PROJECT, "machineType", Type.STRING, "e2-micro",
            "Compute Engine machine type of the VM."),
    IMAGE(Setting.PROJECT, "image", Type.STRING, "debian-cloud/debian-12",
            "Boot image of the VM (project/family or a full image path); it must support Shielded VM."),
    TOKEN_AUDIENCE(Setting.PROJECT, "tokenAudience", Type.STRING, "sts.amazonaws.com",
            "Audience the workload asks Google to put in its ID token; the role pins it with accounts.google.com:oaud."),
    BUCKET_PREFIX(Setting.PROJECT, "bucketPrefix", Type.STRING, "keyless-data-",
            "Prefix of the S3 bucket name; AWS appends a unique 26-character suffix (at most 37 characters, S3 naming rules, no dots)."),
    FORCE_DESTROY(Setting.PROJECT, "forceDestroy", Type.BOOLEAN, "false",
            "Let 'pulumi destroy' delete the bucket with its objects. Keep false outside throwaway stacks."),
    MAX_SESSION_DURATION(Setting.PROJECT, "maxSessionDuration", Type.INTEGER, "3600",
            "Longest STS session the role allows, in seconds (AWS accepts 3600..43200; the rule book requires <= 3600)."),
    REVIEWED_MINTERS(Setting.PROJECT, "reviewedMinters", Type.ARRAY, "[]",
            "Members a security review allows to act as the workload's service account, each \"ROLE MEMBER\" (e.g. \"roles/iam.serviceAccountUser group:deployers@example.com\"); any other grant that can mint its tokens fails the rule book.");

    /** The Pulumi project name, which is also the namespace of the program's own settings. */
    public static final String PROJECT = "keyless-federation";

    /** Types as Pulumi's project-level config schema names them. */
    public enum Type {
        /** {@code ARRAY} is a list of strings: Pulumi's project config types lists, but not objects. */
        STRING, BOOLEAN, INTEGER, ARRAY;

        public String schemaName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String namespace;
    private final String name;
    private final Type type;
    private final String defaultValue;
    private final String description;

    Setting(String namespace, String name, Type type, String defaultValue, String description) {
        this.namespace = namespace;
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String namespace() {
        return namespace;
    }

    /** The name within its namespace, as {@code ctx.config(namespace).get(name)} reads it. */
    public String settingName() {
        return name;
    }

    /** The full key as {@code pulumi config set} and {@code Pulumi.<stack>.yaml} spell it. */
    public String key() {
        return namespace + ":" + name;
    }

    public Type type() {
        return type;
    }

    /** Empty for the provider settings, which have no safe default and must be set per stack. */
    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public String description() {
        return description;
    }

    public boolean isProjectSetting() {
        return PROJECT.equals(namespace);
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
