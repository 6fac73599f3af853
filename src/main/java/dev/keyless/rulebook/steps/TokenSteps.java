package dev.keyless.rulebook.steps;

import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.Violation;
import dev.keyless.compliance.WorkloadUnderReview;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.trust.GoogleIdToken;
import dev.keyless.policy.trust.WebIdentityResult;
import dev.keyless.policy.trust.WebIdentitySimulation;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Steps of "Which Google tokens open the role": a token's claims, mapped to the
 * accounts.google.com keys as STS maps them, against each role's trust policy; each workload's token
 * (its account, its audience) against its own roles.
 */
public class TokenSteps {

    private static final String GOOGLE = "https://accounts.google.com";

    private final ReviewWorld world;
    /** The token of the scenario, made for one workload: its account, its audience, its organization. */
    private Function<WorkloadUnderReview, GoogleIdToken> token;

    public TokenSteps(ReviewWorld world) {
        this.world = world;
    }

    @Given("a Google ID token from the stack's service account for the configured audience")
    public void ourTokenForOurAudience() {
        token = w -> token(GOOGLE, audience(w), ourAccount(w), true);
    }

    @Given("a Google ID token from the stack's service account for the audience {string}")
    public void ourTokenFor(String audience) {
        token = w -> token(GOOGLE, audience, ourAccount(w), true);
    }

    @Given("a Google ID token from the service account {string} for the configured audience")
    public void otherAccountToken(String uniqueId) {
        token = w -> token(GOOGLE, audience(w), uniqueId, true);
    }

    @Given("a Google ID token without azp whose aud and sub are the stack's service account id")
    public void noAzp() {
        token = w -> {
            String id = ourAccount(w);
            return new GoogleIdToken(Optional.of(GOOGLE), List.of(id), Optional.empty(), Optional.of(id),
                    Optional.empty(), Optional.of("RS256"), true);
        };
    }

    @Given("a token from the issuer {string} with the stack's service account as subject and the configured audience")
    public void otherIssuer(String issuer) {
        token = w -> token(issuer, audience(w), ourAccount(w), true);
    }

    @Given("an unsigned token from the stack's service account for the configured audience")
    public void unsigned() {
        token = w -> token(GOOGLE, audience(w), ourAccount(w), false);
    }

    @Then("the token may assume the role")
    public void mayAssume() {
        ReviewWorld.holds(simulate(false));
    }

    @Then("the token may not assume the role")
    public void mayNotAssume() {
        ReviewWorld.holds(simulate(true));
    }

    /**
     * Each workload's token against each of its roles; roles the outputs tie to no workload (every role
     * of a hand-made export) are asked with the token of the first workload, as "the role" was before.
     * Roles whose outcome is the unexpected one, each with why.
     */
    private List<Violation> simulate(boolean expectRefusal) {
        List<Violation> unexpected = new ArrayList<>();
        Set<RoleUnderReview> asked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<WorkloadUnderReview> workloads = world.index().workloads();
        for (WorkloadUnderReview w : workloads) {
            for (RoleUnderReview role : w.roles()) {
                asked.add(role);
                ask(role, withOrganization(token.apply(w)), expectRefusal, unexpected);
            }
        }
        for (RoleUnderReview role : world.index().roles()) {
            if (!asked.contains(role)) {
                ask(role, withOrganization(token.apply(workloads.get(0))), expectRefusal, unexpected);
            }
        }
        return unexpected;
    }

    private void ask(RoleUnderReview role, GoogleIdToken t, boolean expectRefusal, List<Violation> unexpected) {
        if (role.trustPolicy().isEmpty()) {
            unexpected.add(Violation.of(role.resource(), role.label(), "has no trust policy keyless can read"));
            return;
        }
        WebIdentityResult r;
        try {
            r = new WebIdentitySimulation(world.backends().trustSimulator())
                    .simulate(role.trustPolicy().get().text(), t, role.arn().orElse("*"));
        } catch (EvaluationException e) {
            unexpected.add(Violation.of(role.resource(), role.label(), "the trust policy cannot be evaluated ("
                    + e.getMessage() + ")"));
            return;
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

    /** Tokens come from accounts of the configured Google organization, when the stack configures one. */
    private GoogleIdToken withOrganization(GoogleIdToken t) {
        return world.index().googleOrganization().map(t::withOrganization).orElse(t);
    }

    /** The workload's service account: the one the outputs name, else the stack's only one. */
    private String ourAccount(WorkloadUnderReview w) {
        List<String> ids = new ArrayList<>(w.accountIds());
        if (ids.size() != 1) {
            throw new AssertionError("expected exactly one service account in the stack, found " + ids.size());
        }
        return ids.get(0);
    }

    private String audience(WorkloadUnderReview w) {
        return w.audience().orElseThrow(() -> new AssertionError("the stack exports no tokenAudience output"));
    }

    /** A service-account ID token as the metadata server mints it: azp = sub = the account's unique id. */
    private static GoogleIdToken token(String issuer, String audience, String account, boolean signed) {
        return new GoogleIdToken(Optional.of(issuer), List.of(audience), Optional.of(account), Optional.of(account),
                Optional.empty(), Optional.of(signed ? "RS256" : "none"), signed);
    }
}
