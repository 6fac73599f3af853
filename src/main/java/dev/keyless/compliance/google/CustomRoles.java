package dev.keyless.compliance.google;

import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The custom roles a stack defines, with the permissions each carries, so that a grant of
 * {@code projects/P/roles/ID} can be judged by what the role allows. A role whose permission list
 * cannot be read carries {@code readable = false}; a rule must count it against the stack.
 */
public final class CustomRoles {

    public record CustomRole(StackResource resource, Optional<String> name, List<String> permissions, boolean readable) {

        public String label() {
            return resource.type() + " " + resource.name() + name.map(n -> " (" + n + ")").orElse("");
        }
    }

    private final List<CustomRole> roles;

    private CustomRoles(List<CustomRole> roles) {
        this.roles = roles;
    }

    public static CustomRoles of(StackSnapshot stack) {
        List<CustomRole> out = new ArrayList<>();
        for (StackResource r : stack.resources()) {
            String key = GcpTypes.CUSTOM_ROLES.get(r.type());
            if (key == null) {
                continue;
            }
            Object v = SecretValue.reveal(r.property(key).orElse(null));
            List<String> permissions = new ArrayList<>();
            boolean readable = v instanceof List<?>;
            if (v instanceof List<?> list) {
                for (Object p : list) {
                    Object pv = SecretValue.reveal(p);
                    if (pv instanceof String s) {
                        permissions.add(s);
                    } else {
                        readable = false;
                    }
                }
            }
            out.add(new CustomRole(r, name(r), List.copyOf(permissions), readable));
        }
        return new CustomRoles(List.copyOf(out));
    }

    /** {@code projects/P/roles/ID} or {@code organizations/O/roles/ID}: as recorded, else built from its parts. */
    private static Optional<String> name(StackResource r) {
        Optional<String> recorded = r.string("name").filter(n -> n.contains("/roles/"));
        if (recorded.isPresent()) {
            return recorded;
        }
        Optional<String> roleId = r.string("roleId");
        Optional<String> project = r.string("project");
        Optional<String> org = r.string("orgId").or(() -> r.string("organizationId"));
        if (roleId.isPresent() && org.isPresent() && r.type().contains("rganization")) {
            return Optional.of("organizations/" + org.get() + "/roles/" + roleId.get());
        }
        if (roleId.isPresent() && project.isPresent()) {
            return Optional.of("projects/" + project.get() + "/roles/" + roleId.get());
        }
        return r.id().filter(id -> id.contains("/roles/"));
    }

    public List<CustomRole> all() {
        return roles;
    }

    /** The role of the stack a grant's role name names, if the stack defines it. */
    public Optional<CustomRole> named(String role) {
        return roles.stream().filter(c -> c.name().filter(role::equals).isPresent()).findFirst();
    }
}
