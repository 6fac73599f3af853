package dev.keyless.e2e;

import dev.keyless.stack.StackResource;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Tag;

import java.util.List;
import java.util.Optional;

/**
 * The IAM calls the Pulumi AWS provider makes for a managed policy, a role, an attachment and an
 * inline role policy (CreatePolicy, CreateRole, AttachRolePolicy, PutRolePolicy), with the names
 * the export recorded. What IAM answers must be what the export says Pulumi got: an ARN that
 * differs (another account, another path) stops the test rather than deploy something else.
 */
final class IamAppliers {

    private final IamClient iam;

    IamAppliers(IamClient iam) {
        this.iam = iam;
    }

    void policy(StackResource r) {
        String arn = iam.createPolicy(b -> b.policyName(name(r)).path(r.string("path").orElse("/"))
                .description(Props.optionalString(r, "description").orElse(null))
                .policyDocument(Props.string(r, "policy")).applyMutation(t -> tags(r).ifPresent(t::tags))).policy().arn();
        sameArn(r, arn);
    }

    void role(StackResource r) {
        String arn = iam.createRole(b -> b.roleName(name(r)).path(r.string("path").orElse("/"))
                .description(Props.optionalString(r, "description").orElse(null))
                .assumeRolePolicyDocument(Props.string(r, "assumeRolePolicy"))
                .maxSessionDuration(Props.integer(r, "maxSessionDuration").orElse(null))
                .applyMutation(t -> tags(r).ifPresent(t::tags))).role().arn();
        sameArn(r, arn);
    }

    void attachment(StackResource r) {
        iam.attachRolePolicy(b -> b.roleName(Props.string(r, "role")).policyArn(Props.string(r, "policyArn")));
    }

    void inline(StackResource r) {
        iam.putRolePolicy(b -> b.roleName(Props.string(r, "role")).policyName(Props.string(r, "name"))
                .policyDocument(Props.string(r, "policy")));
    }

    /** The physical name: the output Pulumi recorded, else the id (IAM roles and policies are named by it). */
    private static String name(StackResource r) {
        Optional<String> name = Props.optionalString(r, "name");
        return name.orElseGet(() -> {
            String id = r.id().orElseThrow(() -> new IllegalStateException(r.urn() + " has neither a name nor an id"));
            return id.startsWith("arn:") ? id.substring(id.lastIndexOf('/') + 1) : id;
        });
    }

    /** None at all rather than an empty list, as the provider sends them. */
    private static Optional<List<Tag>> tags(StackResource r) {
        List<Tag> tags = Props.tags(r).entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                .toList();
        return tags.isEmpty() ? Optional.empty() : Optional.of(tags);
    }

    private static void sameArn(StackResource r, String applied) {
        r.string("arn").filter(recorded -> !recorded.equals(applied)).ifPresent(recorded -> {
            throw new IllegalStateException(r.urn() + ": the endpoint made " + applied + ", the export records " + recorded);
        });
    }
}
