package dev.keyless.compliance;

import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.Request;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The request context AWS itself sets, whatever the policy asks, for a request signed by a principal
 * of the account. Without these keys a rule would judge a request AWS never sees: a bucket policy that
 * denies everyone but {@code aws:PrincipalArn} = the role would deny the role too.
 *
 * <p>From the IAM User Guide, "AWS global condition context keys": {@code aws:PrincipalArn},
 * {@code aws:PrincipalAccount}, {@code aws:PrincipalType}, {@code aws:userid} and
 * {@code aws:PrincipalIsAWSService} are "always included in the request context"; {@code aws:username}
 * for IAM users; {@code aws:CurrentTime}, {@code aws:EpochTime}, {@code aws:SecureTransport},
 * {@code aws:ViaAWSService} for every request; {@code aws:RequestedRegion} for regional requests;
 * {@code aws:TokenIssueTime} for temporary credentials; {@code aws:ResourceAccount} for requests on a
 * resource. Keys that depend on the network path (aws:SourceIp, aws:SourceVpce) are left out: the
 * rules do not guess where a request comes from.
 */
public final class CallerContext {

    /** Who signs: a session of a role, or an IAM user. */
    public enum Kind { ROLE_SESSION, USER }

    /** The session name keyless uses for the requests it asks about. */
    public static final String SESSION = "keyless-review";

    private CallerContext() {}

    /**
     * A request by {@code principalArn} (a role or user ARN) whose account is {@code account}, on a
     * resource of {@code resourceAccount} when known.
     */
    public static Request.Builder request(Request.Builder b, Kind kind, String principalArn, String name,
                                          Optional<String> uniqueId, Optional<String> region,
                                          Optional<String> resourceAccount, boolean tls) {
        String account = IamNames.account(principalArn).orElse("000000000000");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = uniqueId.orElse(kind == Kind.USER ? "AIDAKEYLESSREVIEW" : "AROAKEYLESSREVIEW");
        if (kind == Kind.ROLE_SESSION) {
            b.callerArn("arn:aws:sts::" + account + ":assumed-role/" + name + "/" + SESSION)
                    .context("aws:PrincipalType", ContextKeyType.STRING, "AssumedRole")
                    .context("aws:userid", ContextKeyType.STRING, id + ":" + SESSION)
                    .context("aws:TokenIssueTime", ContextKeyType.DATE, now.minusSeconds(60).toString());
        } else {
            b.callerArn(principalArn)
                    .context("aws:PrincipalType", ContextKeyType.STRING, "User")
                    .context("aws:userid", ContextKeyType.STRING, id)
                    .context("aws:username", ContextKeyType.STRING, name);
        }
        b.context("aws:PrincipalArn", ContextKeyType.STRING, principalArn)
                .context("aws:PrincipalAccount", ContextKeyType.STRING, account)
                .context("aws:PrincipalIsAWSService", ContextKeyType.BOOLEAN, "false")
                .context("aws:ViaAWSService", ContextKeyType.BOOLEAN, "false")
                .context("aws:CurrentTime", ContextKeyType.DATE, now.toString())
                .context("aws:EpochTime", ContextKeyType.DATE, String.valueOf(now.getEpochSecond()))
                .context("aws:SecureTransport", ContextKeyType.BOOLEAN, String.valueOf(tls));
        region.ifPresent(r -> b.context("aws:RequestedRegion", ContextKeyType.STRING, r));
        resourceAccount.ifPresent(a -> b.context("aws:ResourceAccount", ContextKeyType.STRING, a)
                .resourceOwner("arn:aws:iam::" + a + ":root"));
        return b;
    }
}
