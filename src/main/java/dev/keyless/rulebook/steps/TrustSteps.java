package dev.keyless.rulebook.steps;

import dev.keyless.compliance.ActionSelection;
import dev.keyless.policy.catalog.IamCatalog;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** The actions come from AWS's catalog by service, access level and resource type: the table names no action. */
    @Then("no principal of the stack may perform any of these actions of AWS's catalog on the workload's role or a policy attached to it:")
    public void noTampering(DataTable table) {
        List<String> onRole = new ArrayList<>();
        List<String> onPolicies = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            String types = row.get("resource types").trim();
            List<String> actions = ActionSelection.select(IamCatalog.builtIn(), row.get("service"), row.get("access levels"), types);
            if (types.equals("role")) {
                onRole.addAll(actions);
            } else if (types.equals("policy")) {
                onPolicies.addAll(actions);
            } else {
                throw new IllegalArgumentException("resource types must be role or policy, not '" + types + "'");
            }
        }
        holds(world.tampering().noPrincipalCanRewriteTheRole(onRole, onPolicies));
    }
}
