package dev.keyless.compliance.google;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.keyless.google.IamMember;
import dev.keyless.stack.SecretValue;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads every IAM grant of a stack from the resource types of {@link GcpTypes#GRANTS}, in each
 * provider's shape. A grant resource keyless cannot read completely (an encrypted or malformed
 * policy, a binding without a role) is reported as unreadable, never skipped.
 */
public final class GrantReader {

    /** Everything read: the grants, and the grant resources that could not be read, with why. */
    public record Grants(List<Grant> grants, List<Unreadable> unreadable) {}

    public record Unreadable(StackResource resource, String why) {
        public String label() {
            return resource.type() + " " + resource.name();
        }
    }

    // A policy that names a member twice could be read differently by the provider: refuse it.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private GrantReader() {}

    public static Grants read(StackSnapshot stack) {
        List<Grant> grants = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (StackResource r : stack.resources()) {
            GcpTypes.GrantType type = GcpTypes.GRANTS.get(r.type());
            if (type != null) {
                new One(r, type, grants, unreadable).read();
            }
        }
        return new Grants(List.copyOf(grants), List.copyOf(unreadable));
    }

    /** The reference that says what a grant resource applies to, per level. */
    public static Optional<String> target(StackResource r, GcpTypes.Level level) {
        List<String> keys = switch (level) {
            case SERVICE_ACCOUNT -> List.of("serviceAccountId", "serviceAccountsId", "name", "resource");
            case PROJECT -> List.of("project", "projectsId", "name", "resource");
            case FOLDER -> List.of("folder", "foldersId", "name", "resource");
            case ORGANIZATION -> List.of("orgId", "organizationsId", "name", "resource");
        };
        for (String k : keys) {
            Optional<String> v = r.string(k).filter(s -> !s.isBlank());
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private record One(StackResource r, GcpTypes.GrantType type, List<Grant> grants, List<Unreadable> unreadable) {

        void read() {
            switch (type.form()) {
                case MEMBER -> {
                    Optional<String> role = r.string("role");
                    Optional<String> member = r.string("member");
                    if (role.isEmpty() || member.isEmpty()) {
                        unreadable.add(new Unreadable(r, "has no readable role and member"));
                    } else {
                        add(role.get(), member.get(), "member");
                    }
                }
                case BINDING -> binding(r.property("role").orElse(null), r.property("members").orElse(null), "");
                case POLICY_DATA -> policyData();
                case BINDINGS -> {
                    Object bindings = r.property("bindings").map(SecretValue::reveal)
                            .or(() -> r.property("policy").map(SecretValue::reveal)
                                    .filter(Map.class::isInstance).map(p -> ((Map<?, ?>) p).get("bindings")))
                            .orElse(null);
                    bindings(bindings, "bindings");
                }
            }
        }

        private void policyData() {
            Object raw = SecretValue.reveal(r.property("policyData").orElse(null));
            if (!(raw instanceof String text) || text.isBlank()) {
                unreadable.add(new Unreadable(r, "has no policyData keyless can read"
                        + (r.property("policyData").orElse(null) instanceof SecretValue ? " (an encrypted secret)" : "")));
                return;
            }
            Object policy;
            try {
                policy = JSON.readValue(text, Object.class);
            } catch (JacksonException e) {
                unreadable.add(new Unreadable(r, "has a policyData that is not a JSON policy (" + e.getOriginalMessage() + ")"));
                return;
            }
            if (!(policy instanceof Map<?, ?> m)) {
                unreadable.add(new Unreadable(r, "has a policyData that is not a JSON object"));
                return;
            }
            bindings(m.get("bindings"), "policyData.bindings");
        }

        private void bindings(Object value, String path) {
            if (value == null) {
                return;
            }
            if (!(value instanceof List<?> list)) {
                unreadable.add(new Unreadable(r, path + " is not a list of bindings"));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                Object b = SecretValue.reveal(list.get(i));
                if (!(b instanceof Map<?, ?> m)) {
                    unreadable.add(new Unreadable(r, path + "[" + i + "] is not a binding"));
                    continue;
                }
                binding(m.get("role"), m.get("members"), path + "[" + i + "].");
            }
        }

        private void binding(Object role, Object members, String prefix) {
            Object rv = SecretValue.reveal(role);
            Object mv = SecretValue.reveal(members);
            if (!(rv instanceof String roleName) || roleName.isBlank() || !(mv instanceof List<?> list)) {
                unreadable.add(new Unreadable(r, (prefix.isEmpty() ? "the binding" : prefix.substring(0, prefix.length() - 1))
                        + " has no readable role and members list"));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                Object m = SecretValue.reveal(list.get(i));
                if (m instanceof String member) {
                    add(roleName, member, prefix + "members[" + i + "]");
                } else {
                    unreadable.add(new Unreadable(r, prefix + "members[" + i + "] is not a readable member"));
                }
            }
        }

        private void add(String role, String member, String where) {
            grants.add(new Grant(r, type.level(), role, IamMember.parse(member), where, target(r, type.level())));
        }
    }
}
