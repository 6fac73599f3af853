package dev.keyless.aws;

import dev.keyless.UserError;
import dev.keyless.policy.eval.SimulationRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caller and resource owner of a simulation, spelled as the IAM simulator accepts them.
 * SimulateCustomPolicy takes "only the ARN of an IAM user" as {@code CallerArn}, and needs one
 * whenever a {@code ResourcePolicy} is given; {@code ResourceOwner} must be an account ARN
 * ({@code arn:aws:iam::123456789012:root}), not a bare account id.
 *
 * <p>The rule book asks as the role. A role's decision equals a user's of the same account when no
 * policy looks at who the caller is; so when none names the role or reads a key that tells a role
 * from a user ({@code aws:PrincipalArn}, {@code aws:PrincipalType}, {@code aws:PrincipalTag/*},
 * {@code aws:userid}, {@code aws:username}), a stand-in user of the role's account is sent. Otherwise
 * the question is refused: AWS cannot answer it faithfully, and a guess is never a decision.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html">SimulateCustomPolicy: CallerArn, ResourceOwner</a>
 */
final class SimulatedCaller {

    static final String STAND_IN = "keyless-simulated-caller";
    private static final Pattern ROLE = Pattern.compile("arn:(aws[a-z-]*):iam::(\\d{12}):role/(?:.*/)?([^/]+)");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final List<String> CALLER_KEYS = List.of("aws:principalarn", "aws:principaltype", "aws:principaltag",
            "aws:userid", "aws:username");

    private SimulatedCaller() {}

    /** The CallerArn to send: a user as given; for a role, a stand-in user or nothing. */
    static Optional<String> callerArn(SimulationRequest r) {
        if (r.callerArn().isEmpty()) {
            return Optional.empty();
        }
        String caller = r.callerArn().get();
        Matcher role = ROLE.matcher(caller);
        if (!role.matches()) {
            return Optional.of(caller);
        }
        String looking = looksAtCaller(r, caller, role.group(3));
        if (looking != null) {
            throw new UserError("the IAM simulator takes only an IAM user as the caller, and these policies tell the"
                    + " role " + caller + " from a user (" + looking + "), so AWS cannot decide this request"
                    + " faithfully; judge it offline (without --live)");
        }
        // Without a resource policy nothing reads the caller, and AWS refuses a role as CallerArn: leave it out.
        return r.resourcePolicy().isEmpty() ? Optional.empty()
                : Optional.of("arn:" + role.group(1) + ":iam::" + role.group(2) + ":user/" + STAND_IN);
    }

    /** A bare account id becomes the account ARN AWS asks for; anything else goes as given. */
    static Optional<String> resourceOwner(SimulationRequest r) {
        return r.resourceOwner().map(o -> ACCOUNT.matcher(o).matches() ? "arn:" + partition(r) + ":iam::" + o + ":root" : o);
    }

    private static String partition(SimulationRequest r) {
        Matcher role = ROLE.matcher(r.callerArn().orElse(""));
        return role.matches() ? role.group(1) : "aws";
    }

    private static String looksAtCaller(SimulationRequest r, String roleArn, String roleName) {
        List<String> texts = new ArrayList<>(r.policyInputList());
        texts.addAll(r.permissionsBoundaryPolicyInputList());
        r.resourcePolicy().ifPresent(texts::add);
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (text.contains(roleArn) || text.contains(":role/" + roleName)) {
                return "a policy names the role";
            }
            for (String key : CALLER_KEYS) {
                if (lower.contains(key)) {
                    return "a policy reads " + key;
                }
            }
        }
        return null;
    }
}
