package dev.keyless.policy.account;

import java.util.Optional;

/**
 * A managed policy of the file's {@code Policies} list: its name, ARN, default version id, how many
 * versions the file lists, and the default version's document (the one IAM enforces).
 */
public record ManagedPolicy(String name, String arn, String defaultVersionId, int versions,
                            Optional<AccountDocument> defaultVersion) {
}
