package dev.keyless.rulebook.steps;

import io.cucumber.java.en.Then;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "Who can assume the role". */
public class TrustSteps {

    private final ReviewWorld world;

    public TrustSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("every role trusts only the federated principal accounts.google.com")
    public void onlyGoogle() {
        holds(world.trust().onlyGoogleIsTrusted());
    }

    @Then("every role can be assumed only through sts:AssumeRoleWithWebIdentity")
    public void onlyWebIdentity() {
        holds(world.trust().onlyWebIdentityFederation());
    }

    @Then("every role pins accounts.google.com:aud and accounts.google.com:sub with StringEquals to the unique id of a service account in the stack")
    public void subjectPinned() {
        holds(world.trust().tokenSubjectIsOurServiceAccount());
    }

    @Then("every role pins accounts.google.com:oaud with StringEquals to the configured token audience")
    public void audiencePinned() {
        holds(world.trust().tokenAudienceIsOurs());
    }

    @Then("no trust policy names a wildcard principal")
    public void noWildcardPrincipal() {
        holds(world.trust().noWildcardPrincipal());
    }

    @Then("no trust policy compares a Google identity key with IfExists, ForAnyValue, ForAllValues or a Like operator")
    public void notLoosened() {
        holds(world.trust().googleKeysAreNotLoosened());
    }

    @Then("no policy in the stack allows changing the role's trust policy or permissions")
    public void noTampering() {
        holds(world.tampering().noPolicyCanRewriteTheRole());
    }
}
