package dev.keyless.aws;

import dev.keyless.UserError;
import dev.keyless.policy.eval.SimulationRequest;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.ParsedPolicy;
import dev.keyless.policy.parse.PolicyReader;

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
    /** A session of a role, as the rule book asks ({@code arn:aws:sts::123456789012:assumed-role/NAME/SESSION}). */
    private static final Pattern SESSION = Pattern.compile("arn:(aws[a-z-]*):sts::(\\d{12}):assumed-role/([^/]+)/.+");
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
            role = SESSION.matcher(caller);
            if (!role.matches()) {
                return Optional.of(caller);
            }
            caller = "arn:" + role.group(1) + ":iam::" + role.group(2) + ":role/" + role.group(3);
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
        String caller = r.callerArn().orElse("");
        Matcher role = ROLE.matcher(caller);
        Matcher session = SESSION.matcher(caller);
        return role.matches() ? role.group(1) : session.matches() ? session.group(1) : "aws";
    }

    /**
     * Why a stand-in user would not be decided like the role: a Principal names the role or one of its
     * sessions, or a condition reads a caller key the request does not carry in its context entries
     * (keys it carries, AWS's simulator takes from there, as it would for the role).
     */
    private static String looksAtCaller(SimulationRequest r, String roleArn, String roleName) {
        List<String> texts = new ArrayList<>(r.policyInputList());
        texts.addAll(r.permissionsBoundaryPolicyInputList());
        r.resourcePolicy().ifPresent(texts::add);
        List<String> given = r.contextEntries().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (principalNames(text, roleArn, roleName)) {
                return "a policy names the role";
            }
            for (String key : CALLER_KEYS) {
                if (lower.contains(key) && given.stream().noneMatch(g -> g.startsWith(key))) {
                    return "a policy reads " + key;
                }
            }
        }
        return null;
    }

    /** Whether a Principal or NotPrincipal names the role or a session of it (any text, if the policy cannot be read). */
    private static boolean principalNames(String text, String roleArn, String roleName) {
        java.util.function.Predicate<String> names = v -> v.equals(roleArn) || v.endsWith(":role/" + roleName)
                || v.contains(":assumed-role/" + roleName + "/");
        ParsedPolicy parsed = PolicyReader.read(text);
        if (parsed.policy().isEmpty()) {
            return names.test(text) || text.contains(":role/" + roleName) || text.contains(":assumed-role/" + roleName + "/");
        }
        for (Statement s : parsed.policy().get().statements()) {
            for (PrincipalElement p : s.principal().stream().toList()) {
                if (p.entries().stream().flatMap(e -> e.values().stream()).anyMatch(v -> names.test(v.value()))) {
                    return true;
                }
            }
            for (PrincipalElement p : s.notPrincipal().stream().toList()) {
                if (p.entries().stream().flatMap(e -> e.values().stream()).anyMatch(v -> names.test(v.value()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
