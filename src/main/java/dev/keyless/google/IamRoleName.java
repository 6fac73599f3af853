package dev.keyless.google;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The role names an IAM binding may hold ("Roles and permissions", https://cloud.google.com/iam/docs/roles-overview):
 * predefined and basic roles {@code roles/NAME}, project custom roles {@code projects/PROJECT/roles/ID}
 * and organization custom roles {@code organizations/ORG/roles/ID}.
 */
public final class IamRoleName {

    private static final Pattern PREDEFINED = Pattern.compile("roles/[A-Za-z0-9_.]+");
    private static final Pattern CUSTOM = Pattern.compile("(projects/[a-z0-9.:-]+|organizations/[0-9]+)/roles/[A-Za-z0-9_.]+");

    private IamRoleName() {}

    public static boolean isPredefined(String role) {
        return PREDEFINED.matcher(role).matches();
    }

    public static boolean isCustom(String role) {
        return CUSTOM.matcher(role).matches();
    }

    /** Why {@code role} is not a role name IAM accepts, or empty if it is one. */
    public static Optional<String> problem(String role) {
        if (isPredefined(role) || isCustom(role)) {
            return Optional.empty();
        }
        return Optional.of("'" + role + "' is not an IAM role name (roles/NAME, projects/PROJECT/roles/ID or"
                + " organizations/ORG/roles/ID)");
    }
}
