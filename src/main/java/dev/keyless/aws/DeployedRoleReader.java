package dev.keyless.aws;

import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.GetPolicyRequest;
import software.amazon.awssdk.services.iam.model.GetPolicyVersionRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesRequest;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesRequest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a deployed role's documents for drift checks: {@code GetRole} (trust policy),
 * {@code ListAttachedRolePolicies} → {@code GetPolicy} → {@code GetPolicyVersion} (each attached
 * policy's default version), {@code ListRolePolicies} → {@code GetRolePolicy} (inline policies).
 * Lists are read to their last page.
 *
 * <p>IAM returns policy documents URL-encoded (RFC 3986); the SDK leaves them so. They are decoded
 * here, percent escapes only: a literal {@code +} stays a plus sign.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html">GetRole</a>
 */
public final class DeployedRoleReader {

    private final LiveCalls calls;

    public DeployedRoleReader(AwsClients clients) {
        this.calls = new LiveCalls(clients);
    }

    /** {@code role} is a role name or a role ARN (paths allowed). */
    public DeployedRole read(String role) {
        var iam = calls.clients().iam();
        String name = role.startsWith("arn:") ? role.substring(role.lastIndexOf('/') + 1) : role;
        var got = calls.run(AwsOperation.GET_ROLE, () -> iam.getRole(GetRoleRequest.builder().roleName(name).build()));
        if (got.role() == null || got.role().arn() == null || got.role().assumeRolePolicyDocument() == null) {
            throw LiveCallException.malformed(AwsOperation.GET_ROLE, "no role, ARN or trust policy");
        }
        List<DeployedRole.ManagedPolicy> attached = new ArrayList<>();
        for (AttachedPolicy a : attachedPolicies(name)) {
            var policy = calls.run(AwsOperation.GET_POLICY,
                    () -> iam.getPolicy(GetPolicyRequest.builder().policyArn(a.policyArn()).build())).policy();
            if (policy == null || policy.defaultVersionId() == null) {
                throw LiveCallException.malformed(AwsOperation.GET_POLICY, "no default version for " + a.policyArn());
            }
            var version = calls.run(AwsOperation.GET_POLICY_VERSION, () -> iam.getPolicyVersion(GetPolicyVersionRequest
                    .builder().policyArn(a.policyArn()).versionId(policy.defaultVersionId()).build())).policyVersion();
            if (version == null || version.document() == null) {
                throw LiveCallException.malformed(AwsOperation.GET_POLICY_VERSION, "no document for " + a.policyArn());
            }
            attached.add(new DeployedRole.ManagedPolicy(a.policyArn(), a.policyName(), policy.defaultVersionId(),
                    decode(version.document())));
        }
        List<DeployedRole.InlinePolicy> inline = new ArrayList<>();
        for (String policyName : inlinePolicyNames(name)) {
            var p = calls.run(AwsOperation.GET_ROLE_POLICY, () -> iam.getRolePolicy(
                    GetRolePolicyRequest.builder().roleName(name).policyName(policyName).build()));
            if (p.policyDocument() == null) {
                throw LiveCallException.malformed(AwsOperation.GET_ROLE_POLICY, "no document for " + policyName);
            }
            inline.add(new DeployedRole.InlinePolicy(policyName, decode(p.policyDocument())));
        }
        return new DeployedRole(name, got.role().arn(), decode(got.role().assumeRolePolicyDocument()), attached, inline);
    }

    private List<AttachedPolicy> attachedPolicies(String roleName) {
        var iam = calls.clients().iam();
        List<AttachedPolicy> out = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            var page = calls.run(AwsOperation.LIST_ATTACHED_ROLE_POLICIES, () -> iam.listAttachedRolePolicies(
                    ListAttachedRolePoliciesRequest.builder().roleName(roleName).marker(m).build()));
            out.addAll(page.attachedPolicies());
            marker = next(AwsOperation.LIST_ATTACHED_ROLE_POLICIES, page.isTruncated(), page.marker(), marker);
        } while (marker != null);
        return out;
    }

    private List<String> inlinePolicyNames(String roleName) {
        var iam = calls.clients().iam();
        List<String> out = new ArrayList<>();
        String marker = null;
        do {
            String m = marker;
            var page = calls.run(AwsOperation.LIST_ROLE_POLICIES, () -> iam.listRolePolicies(
                    ListRolePoliciesRequest.builder().roleName(roleName).marker(m).build()));
            out.addAll(page.policyNames());
            marker = next(AwsOperation.LIST_ROLE_POLICIES, page.isTruncated(), page.marker(), marker);
        } while (marker != null);
        return out;
    }

    private static String next(AwsOperation op, Boolean truncated, String marker, String previous) {
        if (!Boolean.TRUE.equals(truncated)) {
            return null;
        }
        if (marker == null || marker.isEmpty() || marker.equals(previous)) {
            throw LiveCallException.malformed(op, "IsTruncated true without a new Marker");
        }
        return marker;
    }

    /** Percent-decoding as RFC 3986 defines it; {@code +} is not a space here (that is form encoding). */
    static String decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return encoded;
        }
        StringBuilder out = new StringBuilder(encoded.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            int hi = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
            int lo = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0) {
                escaped.write(hi * 16 + lo);
                i += 3;
            } else {
                flush(escaped, out);
                out.append(c);
                i++;
            }
        }
        flush(escaped, out);
        return out.toString();
    }

    /** Escaped bytes are UTF-8 and may span several escapes, so they are decoded together. */
    private static void flush(ByteArrayOutputStream escaped, StringBuilder out) {
        if (escaped.size() > 0) {
            out.append(escaped.toString(StandardCharsets.UTF_8));
            escaped.reset();
        }
    }
}
