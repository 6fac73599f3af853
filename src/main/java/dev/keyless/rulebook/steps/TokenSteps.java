package dev.keyless.rulebook.steps;

import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.Violation;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.trust.GoogleIdToken;
import dev.keyless.policy.trust.WebIdentityResult;
import dev.keyless.policy.trust.WebIdentitySimulation;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Steps of "Which Google tokens open the role": a token's claims, mapped to the
 * accounts.google.com keys as STS maps them, against each role's trust policy.
 */
public class TokenSteps {

    private static final String GOOGLE = "https://accounts.google.com";

    private final ReviewWorld world;
    private GoogleIdToken token;

    public TokenSteps(ReviewWorld world) {
        this.world = world;
    }

    @Given("a Google ID token from the stack's service account for the configured audience")
    public void ourTokenForOurAudience() {
        token = token(GOOGLE, audience(), ourAccount(), true);
    }

    @Given("a Google ID token from the stack's service account for the audience {string}")
    public void ourTokenFor(String audience) {
        token = token(GOOGLE, audience, ourAccount(), true);
    }

    @Given("a Google ID token from the service account {string} for the configured audience")
    public void otherAccountToken(String uniqueId) {
        token = token(GOOGLE, audience(), uniqueId, true);
    }

    @Given("a Google ID token without azp whose aud and sub are the stack's service account id")
    public void noAzp() {
        String id = ourAccount();
        token = new GoogleIdToken(Optional.of(GOOGLE), List.of(id), Optional.empty(), Optional.of(id),
                Optional.empty(), Optional.of("RS256"), true);
    }

    @Given("a token from the issuer {string} with the stack's service account as subject and the configured audience")
    public void otherIssuer(String issuer) {
        token = token(issuer, audience(), ourAccount(), true);
    }

    @Given("an unsigned token from the stack's service account for the configured audience")
    public void unsigned() {
        token = token(GOOGLE, audience(), ourAccount(), false);
    }

    @Then("the token may assume the role")
    public void mayAssume() {
        ReviewWorld.holds(simulate(false));
    }

    @Then("the token may not assume the role")
    public void mayNotAssume() {
        ReviewWorld.holds(simulate(true));
    }

    /** Roles whose outcome is the unexpected one, each with why. */
    private List<Violation> simulate(boolean expectRefusal) {
        List<Violation> unexpected = new ArrayList<>();
        for (RoleUnderReview role : world.index().roles()) {
            if (role.trustPolicy().isEmpty()) {
                unexpected.add(Violation.of(role.resource(), role.label(), "has no trust policy keyless can read"));
                continue;
            }
            WebIdentityResult r;
            try {
                r = new WebIdentitySimulation(world.backends().trustSimulator())
                        .simulate(role.trustPolicy().get().text(), token, role.arn().orElse("*"));
            } catch (EvaluationException e) {
                unexpected.add(Violation.of(role.resource(), role.label(), "the trust policy cannot be evaluated ("
                        + e.getMessage() + ")"));
                continue;
            }
            String keys = r.contextEntries().stream().map(c -> c.name() + "=" + String.join(",", c.values()))
                    .collect(Collectors.joining(", "));
            if (r.allowed() && expectRefusal) {
                unexpected.add(Violation.of(role.resource(), role.label(), "the token is admitted with " + keys));
            } else if (!r.allowed() && !expectRefusal) {
                unexpected.add(Violation.of(role.resource(), role.label(), "the token is refused ("
                        + r.tokenRefusal().orElse(r.evaluation().evalDecision().json() + " with " + keys) + ")"));
            }
        }
        return unexpected;
    }

    private String ourAccount() {
        List<String> ids = new ArrayList<>(world.index().serviceAccountIds());
        if (ids.size() != 1) {
            throw new AssertionError("expected exactly one service account in the stack, found " + ids.size());
        }
        return ids.get(0);
    }

    private String audience() {
        return world.index().tokenAudience()
                .orElseThrow(() -> new AssertionError("the stack exports no tokenAudience output"));
    }

    /** A service-account ID token as the metadata server mints it: azp = sub = the account's unique id. */
    private static GoogleIdToken token(String issuer, String audience, String account, boolean signed) {
        return new GoogleIdToken(Optional.of(issuer), List.of(audience), Optional.of(account), Optional.of(account),
                Optional.empty(), Optional.of(signed ? "RS256" : "none"), signed);
    }
}
