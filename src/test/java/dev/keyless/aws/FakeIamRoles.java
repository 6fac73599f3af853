package dev.keyless.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake's IAM reads of a deployed role, from the {@link FakeAccount}: GetRole,
 * ListAttachedRolePolicies and ListRolePolicies (paged by MaxItems / Marker), GetPolicy,
 * GetPolicyVersion and GetRolePolicy, documents URL-encoded as IAM returns them.
 */
final class FakeIamRoles {

    private final FakeAccount account;
    private final int pageSize;

    FakeIamRoles(FakeAccount account, int pageSize) {
        this.account = account;
        this.pageSize = pageSize;
    }

    FakeAnswer getRole(Map<String, List<String>> form) {
        return withRole(form, role -> FakeAnswer.xml(FakeXml.response("GetRole").open("Role").leaf("Path", "/")
                .leaf("AssumeRolePolicyDocument", FakeXml.urlEncode(role.trustPolicy())).leaf("MaxSessionDuration", 3600)
                .leaf("RoleId", "AROAFAKEROLEID0000001").leaf("RoleName", role.name()).leaf("Arn", role.arn())
                .leaf("CreateDate", "2026-09-01T10:00:00Z").close("Role").end("GetRole")));
    }

    FakeAnswer listAttached(Map<String, List<String>> form) {
        return withRole(form, role -> {
            List<String> arns = role.attached();
            int from = FakeIamSimulator.page(FakeXml.one(form, "Marker"));
            int to = Math.min(arns.size(), from + size(form));
            FakeXml x = FakeXml.response("ListAttachedRolePolicies").paging(to < arns.size() ? "page-" + to : null)
                    .open("AttachedPolicies");
            for (String arn : arns.subList(from, to)) {
                x.open("member").leaf("PolicyName", arn.substring(arn.lastIndexOf('/') + 1)).leaf("PolicyArn", arn)
                        .close("member");
            }
            return FakeAnswer.xml(x.close("AttachedPolicies").end("ListAttachedRolePolicies"));
        });
    }

    FakeAnswer listInline(Map<String, List<String>> form) {
        return withRole(form, role -> {
            List<String> names = new ArrayList<>(role.inline().keySet());
            int from = FakeIamSimulator.page(FakeXml.one(form, "Marker"));
            int to = Math.min(names.size(), from + size(form));
            FakeXml x = FakeXml.response("ListRolePolicies").paging(to < names.size() ? "page-" + to : null)
                    .open("PolicyNames");
            names.subList(from, to).forEach(n -> x.leaf("member", n));
            return FakeAnswer.xml(x.close("PolicyNames").end("ListRolePolicies"));
        });
    }

    FakeAnswer getRolePolicy(Map<String, List<String>> form) {
        return withRole(form, role -> {
            String name = FakeXml.one(form, "PolicyName");
            String doc = role.inline().get(name);
            if (doc == null) {
                return FakeAnswer.xmlError(404, "NoSuchEntity", "The role policy with name " + name + " cannot be found.");
            }
            return FakeAnswer.xml(FakeXml.response("GetRolePolicy").leaf("RoleName", role.name()).leaf("PolicyName", name)
                    .leaf("PolicyDocument", FakeXml.urlEncode(doc)).end("GetRolePolicy"));
        });
    }

    FakeAnswer getPolicy(Map<String, List<String>> form) {
        Optional<FakeAccount.ManagedPolicy> p = account.policy(String.valueOf(FakeXml.one(form, "PolicyArn")));
        if (p.isEmpty()) {
            return FakeAnswer.xmlError(404, "NoSuchEntity", "Policy " + FakeXml.one(form, "PolicyArn") + " was not found.");
        }
        return FakeAnswer.xml(FakeXml.response("GetPolicy").open("Policy").leaf("PolicyName", p.get().name())
                .leaf("DefaultVersionId", p.get().versionId()).leaf("PolicyId", "ANPAFAKEPOLICYID00001").leaf("Path", "/")
                .leaf("Arn", p.get().arn()).leaf("AttachmentCount", 1).leaf("IsAttachable", true)
                .close("Policy").end("GetPolicy"));
    }

    FakeAnswer getPolicyVersion(Map<String, List<String>> form) {
        Optional<FakeAccount.ManagedPolicy> p = account.policy(String.valueOf(FakeXml.one(form, "PolicyArn")));
        if (p.isEmpty() || !p.get().versionId().equals(FakeXml.one(form, "VersionId"))) {
            return FakeAnswer.xmlError(404, "NoSuchEntity", "Policy version " + FakeXml.one(form, "VersionId")
                    + " of " + FakeXml.one(form, "PolicyArn") + " was not found.");
        }
        return FakeAnswer.xml(FakeXml.response("GetPolicyVersion").open("PolicyVersion")
                .leaf("Document", FakeXml.urlEncode(p.get().document())).leaf("IsDefaultVersion", true)
                .leaf("VersionId", p.get().versionId()).close("PolicyVersion").end("GetPolicyVersion"));
    }

    private FakeAnswer withRole(Map<String, List<String>> form, java.util.function.Function<FakeAccount.Role, FakeAnswer> then) {
        String name = FakeXml.one(form, "RoleName");
        return account.role(String.valueOf(name)).map(then)
                .orElseGet(() -> FakeAnswer.xmlError(404, "NoSuchEntity", "The role with name " + name + " cannot be found."));
    }

    private int size(Map<String, List<String>> form) {
        return Optional.ofNullable(FakeXml.one(form, "MaxItems")).map(Integer::parseInt).orElse(pageSize);
    }
}
