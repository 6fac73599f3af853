package dev.keyless.compliance;

import dev.keyless.compliance.IamIdentity.Kind;
import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IAM side of a stack, joined the way IAM joins it, from both AWS providers: every role, user and
 * group, each with every identity policy that reaches it by any of the attachment resources, inline
 * policy lists, managed policy ARNs or memberships (users get their groups' policies). A principal the
 * stack only names (a policy attached to a user created elsewhere) is a principal all the same.
 */
final class IamIndex {

    private final String account;
    private final PolicyDefinitions definitions;
    private final List<Attachment> attachments = new ArrayList<>();
    private final Map<String, List<String>> groupsOfUser = new LinkedHashMap<>();
    private final List<RoleUnderReview> roles = new ArrayList<>();
    private final List<IamIdentity> identities = new ArrayList<>();

    /** One identity policy and the principal reference it is attached to. */
    private record Attachment(Kind kind, String reference, AttachedPolicy policy) {}

    IamIndex(StackSnapshot stack, String account) {
        this.account = account;
        this.definitions = new PolicyDefinitions(stack);
        Map<String, StackResource> users = new LinkedHashMap<>();
        Map<String, StackResource> groups = new LinkedHashMap<>();
        List<StackResource> roleResources = new ArrayList<>();
        for (StackResource r : stack.resources()) {
            collect(r);
            if (ResourceTypes.ROLES.contains(r.type())) {
                roleResources.add(r);
            } else if (r.isType(ResourceTypes.USER) || r.isType(ResourceTypes.NATIVE_USER)) {
                users.put(IamNames.key(name(r, "userName")), r);
            } else if (r.isType(ResourceTypes.GROUP) || r.isType(ResourceTypes.NATIVE_GROUP)) {
                groups.put(IamNames.key(name(r, "groupName")), r);
            }
        }
        for (StackResource r : roleResources) {
            RoleUnderReview role = role(r);
            roles.add(role);
            identities.add(new IamIdentity(Kind.ROLE, role.roleName(), role.arn().orElse(IamNames.arn(account, "role",
                    role.roleName())), Optional.of(r.name()), role.policies(), role.boundary()));
        }
        attachments.stream().filter(a -> a.kind() == Kind.ROLE)
                .filter(a -> roles.stream().noneMatch(r -> r.isNamedBy(a.reference())))
                .map(a -> IamNames.key(a.reference())).distinct()
                .forEach(name -> identities.add(identity(Kind.ROLE, name, Optional.empty())));
        referenced(Kind.GROUP).forEach(n -> groups.putIfAbsent(n, null));
        groupsOfUser.values().forEach(gs -> gs.forEach(g -> groups.putIfAbsent(IamNames.key(g), null)));
        referenced(Kind.USER).forEach(n -> users.putIfAbsent(n, null));
        groupsOfUser.keySet().forEach(u -> users.putIfAbsent(u, null));
        users.forEach((key, r) -> identities.add(identity(Kind.USER, r == null ? key : name(r, "userName"), Optional.ofNullable(r))));
        groups.forEach((key, r) -> identities.add(identity(Kind.GROUP, r == null ? key : name(r, "groupName"), Optional.ofNullable(r))));
    }

    List<RoleUnderReview> roles() {
        return List.copyOf(roles);
    }

    List<IamIdentity> identities() {
        return List.copyOf(identities);
    }

    private List<String> referenced(Kind kind) {
        return attachments.stream().filter(a -> a.kind() == kind).map(a -> IamNames.key(a.reference())).distinct().toList();
    }

    private IamIdentity identity(Kind kind, String name, Optional<StackResource> resource) {
        List<AttachedPolicy> policies = new ArrayList<>(policiesOf(kind, name));
        Optional<AttachedPolicy> boundary = Optional.empty();
        if (kind == Kind.USER) {
            for (String group : groupsOfUser.getOrDefault(IamNames.key(name), List.of())) {
                policiesOf(Kind.GROUP, group).forEach(p -> policies.add(new AttachedPolicy(p.via() + " (through group "
                        + group + ")", p.arn(), p.document())));
            }
        }
        if (resource.isPresent()) {
            boundary = Props.string(resource.get(), "permissionsBoundary").flatMap(definitions::known);
        }
        return new IamIdentity(kind, name, IamNames.arn(account, kind.word(), name),
                resource.map(StackResource::name), policies, boundary);
    }

    private List<AttachedPolicy> policiesOf(Kind kind, String name) {
        return attachments.stream().filter(a -> a.kind() == kind && IamNames.same(a.reference(), name))
                .map(Attachment::policy).toList();
    }

    private RoleUnderReview role(StackResource r) {
        String name = name(r, "roleName");
        List<AttachedPolicy> policies = new ArrayList<>();
        attachments.stream().filter(a -> a.kind() == Kind.ROLE)
                .filter(a -> IamNames.same(a.reference(), name) || r.string("arn").filter(a.reference()::equalsIgnoreCase).isPresent())
                .forEach(a -> policies.add(a.policy()));
        Object trust = Props.first(r, "assumeRolePolicy", "assumeRolePolicyDocument").orElse(null);
        return new RoleUnderReview(r, name, r.string("arn"), PolicyText.parse(trust), policies,
                Props.string(r, "permissionsBoundary").flatMap(definitions::known));
    }

    /** The IAM name of a principal resource: its physical name output, its provider id, else its logical name. */
    private static String name(StackResource r, String nativeKey) {
        return Props.string(r, "name", nativeKey).or(r::id).orElse(r.name());
    }

    /** Records every attachment a resource makes, and group memberships. */
    private void collect(StackResource r) {
        String t = r.type();
        String label = r.type().substring(r.type().lastIndexOf(':') + 1) + " " + r.name();
        if (t.equals(ResourceTypes.ROLE_POLICY) || t.equals(ResourceTypes.USER_POLICY) || t.equals(ResourceTypes.GROUP_POLICY)) {
            Kind kind = t.equals(ResourceTypes.ROLE_POLICY) ? Kind.ROLE : t.equals(ResourceTypes.USER_POLICY) ? Kind.USER : Kind.GROUP;
            Props.string(r, kind.word()).ifPresent(ref -> attach(kind, ref, inline(label, r, "policy")));
        } else if (t.equals(ResourceTypes.NATIVE_ROLE_POLICY) || t.equals(ResourceTypes.NATIVE_USER_POLICY)
                || t.equals(ResourceTypes.NATIVE_GROUP_POLICY)) {
            Kind kind = t.equals(ResourceTypes.NATIVE_ROLE_POLICY) ? Kind.ROLE : t.equals(ResourceTypes.NATIVE_USER_POLICY) ? Kind.USER : Kind.GROUP;
            Props.string(r, kind.word() + "Name").ifPresent(ref -> attach(kind, ref, inline(label, r, "policyDocument")));
        } else if (t.equals(ResourceTypes.ROLE_POLICY_ATTACHMENT) || t.equals(ResourceTypes.USER_POLICY_ATTACHMENT)
                || t.equals(ResourceTypes.GROUP_POLICY_ATTACHMENT)) {
            Kind kind = t.equals(ResourceTypes.ROLE_POLICY_ATTACHMENT) ? Kind.ROLE : t.equals(ResourceTypes.USER_POLICY_ATTACHMENT) ? Kind.USER : Kind.GROUP;
            Optional<String> arn = Props.string(r, "policyArn");
            Props.string(r, kind.word()).ifPresent(ref -> attach(kind, ref, definitions.byArn(arn.orElse(""), label)));
        } else if (t.equals(ResourceTypes.POLICY_ATTACHMENT)) {
            AttachedPolicy p = definitions.byArn(Props.string(r, "policyArn").orElse(""), label);
            attachAll(r, "roles", "users", "groups", p);
        } else if (t.equals(ResourceTypes.ROLE_POLICY_ATTACHMENTS_EXCLUSIVE) || t.equals(ResourceTypes.USER_POLICY_ATTACHMENTS_EXCLUSIVE)
                || t.equals(ResourceTypes.GROUP_POLICY_ATTACHMENTS_EXCLUSIVE)) {
            Kind kind = t.equals(ResourceTypes.ROLE_POLICY_ATTACHMENTS_EXCLUSIVE) ? Kind.ROLE
                    : t.equals(ResourceTypes.USER_POLICY_ATTACHMENTS_EXCLUSIVE) ? Kind.USER : Kind.GROUP;
            Props.string(r, kind.word() + "Name").ifPresent(ref -> Props.stringList(r, "policyArns")
                    .forEach(arn -> attach(kind, ref, definitions.byArn(arn, label))));
        } else if (t.equals(ResourceTypes.NATIVE_MANAGED_POLICY)) {
            attachAll(r, "roles", "users", "groups", definitions.managed(r, label));
        } else if (t.equals(ResourceTypes.NATIVE_POLICY)) {
            attachAll(r, "roles", "users", "groups", inline(label, r, "policyDocument"));
        } else if (ResourceTypes.ROLES.contains(t) || t.equals(ResourceTypes.NATIVE_USER) || t.equals(ResourceTypes.NATIVE_GROUP)) {
            Kind kind = ResourceTypes.ROLES.contains(t) ? Kind.ROLE : t.equals(ResourceTypes.NATIVE_USER) ? Kind.USER : Kind.GROUP;
            String self = name(r, kind.word() + "Name");
            String owner = kind.word() + " " + r.name();
            for (Object p : Props.elements(Props.first(r, "inlinePolicies", "policies").orElse(null))) {
                Object doc = Props.at(p, "policy").stream().findFirst().or(() -> Props.at(p, "policyDocument").stream().findFirst()).orElse(null);
                String policyName = Props.strings(p, "name").stream().findFirst().or(() -> Props.strings(p, "policyName").stream().findFirst()).orElse("?");
                if (doc != null) {
                    attach(kind, self, new AttachedPolicy("inline policy " + policyName + " of " + owner, Optional.empty(), PolicyText.parse(doc)));
                }
            }
            Props.stringList(r, "managedPolicyArns").forEach(arn -> attach(kind, self,
                    definitions.byArn(arn, "managedPolicyArns of " + owner)));
            if (kind == Kind.USER) {
                Props.stringList(r, "groups").forEach(g -> member(self, g));
            }
        } else if (t.equals(ResourceTypes.GROUP_MEMBERSHIP)) {
            Props.string(r, "group").ifPresent(g -> Props.stringList(r, "users").forEach(u -> member(u, g)));
        } else if (t.equals(ResourceTypes.USER_GROUP_MEMBERSHIP)) {
            Props.string(r, "user").ifPresent(u -> Props.stringList(r, "groups").forEach(g -> member(u, g)));
        }
    }

    private void attachAll(StackResource r, String roles, String users, String groups, AttachedPolicy p) {
        Props.stringList(r, roles).forEach(ref -> attach(Kind.ROLE, ref, p));
        Props.stringList(r, users).forEach(ref -> attach(Kind.USER, ref, p));
        Props.stringList(r, groups).forEach(ref -> attach(Kind.GROUP, ref, p));
    }

    private void attach(Kind kind, String reference, AttachedPolicy policy) {
        attachments.add(new Attachment(kind, reference, policy));
    }

    private void member(String user, String group) {
        groupsOfUser.computeIfAbsent(IamNames.key(user), k -> new ArrayList<>()).add(group);
    }

    private static AttachedPolicy inline(String label, StackResource r, String key) {
        return new AttachedPolicy("inline " + label, Optional.empty(), PolicyText.parse(Props.first(r, key).orElse(null)));
    }
}
