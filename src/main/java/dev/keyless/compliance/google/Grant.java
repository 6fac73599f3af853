package dev.keyless.compliance.google;

import dev.keyless.google.IamMember;
import dev.keyless.stack.StackResource;

import java.util.Optional;

/**
 * One member holding one role through one IAM resource of the stack. {@code where} is the property
 * path of the member ({@code member}, {@code members[1]}, {@code policyData.bindings[0].members[2]});
 * {@code target} is what the grant applies to as the resource names it (a service account, a
 * project, a folder or an organization), empty when it does not say.
 */
public record Grant(StackResource resource, GcpTypes.Level level, String role, IamMember member, String where,
                    Optional<String> target) {

    /** How a violation names the grant: {@code gcp:projects/iAMMember ci-owner (member)}. */
    public String label() {
        return resource.type() + " " + resource.name() + " (" + where + ")";
    }
}
