package dev.keyless.rulebook.steps;

import dev.keyless.aws.DeployedRole;
import dev.keyless.aws.EvalDecision;
import dev.keyless.aws.SimulationInput;
import dev.keyless.aws.SimulationResult;
import dev.keyless.compliance.ActionResources;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.compliance.AccessAnalyzerReview;
import dev.keyless.compliance.AttachedPolicy;
import dev.keyless.compliance.DriftReview;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.Violation;
import dev.keyless.policy.access.CheckResult;
import dev.keyless.policy.access.NoPublicAccessRequest;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "The deployed role is the reviewed role": IAM's copy of the role, drift, and decisions by its ARN. */
public class DeployedSteps {

    private final ReviewWorld world;
    private String action;
    private ResourceRef resource;

    public DeployedSteps(ReviewWorld world) {
        this.world = world;
    }

    @Given("the deployed stack")
    public void theDeployedStack() {
        world.load();
        world.deployedRoleUnderReview();
    }

    @Then("IAM's trust policy for the deployed role is the reviewed one, or grants nothing the reviewed one does not")
    public void trustIsReviewed() {
        RoleUnderReview reviewed = world.deployedRoleUnderReview();
        DeployedRole deployed = world.deployedRole();
        if (reviewed.trustPolicy().isEmpty()) {
            holds(List.of(Violation.of(reviewed.resource(), reviewed.label(),
                    "the reviewed stack has no readable trust policy to compare with")));
        }
        holds(drift().trust(deployed.arn() + " trust policy", reviewed.trustPolicy().get().text(), deployed.trustPolicy()));
    }

    @Then("every policy IAM holds for the deployed role is a reviewed one, or grants nothing the reviewed ones do not")
    public void permissionsAreReviewed() {
        RoleUnderReview reviewed = world.deployedRoleUnderReview();
        List<String> texts = new ArrayList<>();
        List<Violation> unreadable = new ArrayList<>();
        for (AttachedPolicy p : reviewed.policies()) {
            p.document().ifPresentOrElse(d -> texts.add(d.text()), () -> unreadable.add(new Violation(reviewed.label(),
                    p.via() + " has no policy text in the reviewed stack, so the deployed one cannot be compared")));
        }
        holds(unreadable);
        holds(drift().permissions(world.deployedRole().arn(), texts, deployedPolicies(world.deployedRole())));
    }

    @Then("Access Analyzer finds no ERROR or SECURITY_WARNING in the deployed role's documents")
    public void deployedDocumentsAreClean() {
        DeployedRole deployed = world.deployedRole();
        var validator = world.backends().validator();
        List<Violation> out = new ArrayList<>(AccessAnalyzerReview.trustPolicy(validator, deployed.arn() + " trust policy",
                deployed.trustPolicy()));
        deployedPolicies(deployed).forEach((name, doc) -> out.addAll(AccessAnalyzerReview.permissionPolicy(validator,
                deployed.arn() + ", policy " + name, doc)));
        holds(out);
    }

    @Then("Access Analyzer's CheckNoPublicAccess passes for the deployed role's trust policy")
    public void deployedTrustIsNotPublic() {
        DeployedRole deployed = world.deployedRole();
        CheckResult r = world.backends().customChecks().checkNoPublicAccess(NoPublicAccessRequest.trust(deployed.trustPolicy()));
        if (!r.passed()) {
            holds(List.of(new Violation(deployed.arn() + " trust policy", "CheckNoPublicAccess FAIL: " + r.message() + " "
                    + r.reasons().stream().map(x -> x.description().orElse("")).reduce("", (a, b) -> (a + " " + b).trim()))));
        }
    }

    @When("IAM simulates the deployed role requesting {word} on {resource}")
    public void simulate(String action, ResourceRef resource) {
        this.action = action;
        this.resource = resource;
    }

    /** SimulatePrincipalPolicy on the role's ARN: IAM evaluates the policies it holds for the role. */
    @Then("IAM decides {word}")
    public void iamDecides(String expected) {
        RoleUnderReview role = world.deployedRoleUnderReview();
        List<String> arns = resource.arns(world.index(), role, action, new ActionResources(IamCatalog.builtIn()));
        if (arns.isEmpty()) {
            holds(List.of(Violation.of(role.resource(), role.label(), "the stack has no resource that is " + resource)));
        }
        String roleArn = role.arn().orElseThrow();
        SimulationInput in = SimulationInput.of(List.of(), List.of(action), arns).withContext(List.of(
                new SimulationInput.ContextEntry("aws:SecureTransport", "boolean", List.of("true"))));
        List<Violation> wrong = new ArrayList<>();
        for (SimulationResult r : world.backends().aws("IAM's decisions for the deployed role").simulator()
                .simulatePrincipalPolicy(roleArn, in)) {
            if (!matches(r.evalDecision(), expected)) {
                wrong.add(Violation.of(role.resource(), roleArn, r.evalActionName() + " on " + r.evalResourceName() + " is "
                        + r.evalDecision().json() + ", not " + expected));
            }
        }
        holds(wrong);
    }

    private DriftReview drift() {
        return new DriftReview(world.backends().customChecks());
    }

    /** Every permission policy IAM holds for the role, by name: attached (default version) and inline. */
    private static Map<String, String> deployedPolicies(DeployedRole role) {
        Map<String, String> out = new LinkedHashMap<>();
        role.attachedPolicies().forEach(p -> out.put(p.policyArn() + " (" + p.versionId() + ")", p.document()));
        role.inlinePolicies().forEach(p -> out.put("inline " + p.policyName(), p.document()));
        return out;
    }

    private static boolean matches(EvalDecision decision, String expected) {
        if (expected.equals("denied")) {
            return decision != EvalDecision.ALLOWED;
        }
        if (EvalDecision.fromJson(expected).isEmpty()) {
            throw new IllegalArgumentException("unknown decision '" + expected
                    + "': use allowed, denied, implicitDeny or explicitDeny");
        }
        return decision.json().equals(expected);
    }
}
