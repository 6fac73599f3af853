package dev.keyless.rulebook.steps;

import dev.keyless.UserError;
import dev.keyless.aws.DeployedRole;
import dev.keyless.compliance.AccessAnalyzerReview;
import dev.keyless.compliance.AudienceReview;
import dev.keyless.compliance.MinterReview;
import dev.keyless.compliance.RunsAsReview;
import dev.keyless.compliance.VmHardeningReview;
import dev.keyless.compliance.BucketPrivacyReview;
import dev.keyless.compliance.BucketReachReview;
import dev.keyless.compliance.ClosedWorldReview;
import dev.keyless.compliance.DataFlowReview;
import dev.keyless.compliance.RolePermissionReview;
import dev.keyless.compliance.RoleTamperingReview;
import dev.keyless.compliance.RoleTrustReview;
import dev.keyless.compliance.RoleUnderReview;
import dev.keyless.compliance.SessionReview;
import dev.keyless.compliance.StackIndex;
import dev.keyless.compliance.StaticKeyReview;
import dev.keyless.compliance.Violation;
import dev.keyless.compliance.WorkloadIdentityReview;
import dev.keyless.compliance.WorkloadIsolationReview;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.rulebook.Backends;
import dev.keyless.rulebook.ScenarioViolations;
import dev.keyless.rulebook.StackUnderReview;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The state one scenario shares between step classes (picocontainer makes one per scenario): the
 * stack under review and the reviews over it.
 */
public final class ReviewWorld {

    private StackIndex index;
    private DeployedRole deployed;

    public void load() {
        index = StackIndex.of(StackUnderReview.get());
    }

    public StackIndex index() {
        if (index == null) {
            throw new IllegalStateException("no stack loaded: start the scenario with 'Given the stack under review'");
        }
        return index;
    }

    public RoleTrustReview trust() {
        return new RoleTrustReview(index());
    }

    public RoleTamperingReview tampering() {
        return new RoleTamperingReview(index(), backends().openWorldEvaluator());
    }

    public WorkloadIdentityReview identities() {
        return new WorkloadIdentityReview(index());
    }

    /** Whether a workload's role reads another's data, asked with the run's simulator (offline or live). */
    public WorkloadIsolationReview isolation() {
        return new WorkloadIsolationReview(index(), backends().simulator());
    }

    public ClosedWorldReview closedWorld() {
        return new ClosedWorldReview(index());
    }

    public BucketReachReview reach() {
        return new BucketReachReview(index(), IamCatalog.builtIn());
    }

    public DataFlowReview dataFlow() {
        return new DataFlowReview(index());
    }

    public RolePermissionReview permissions() {
        return new RolePermissionReview(index());
    }

    public StaticKeyReview staticKeys() {
        return new StaticKeyReview(index());
    }

    public BucketPrivacyReview bucket() {
        return new BucketPrivacyReview(index());
    }

    public SessionReview session() {
        return new SessionReview(index());
    }

    public MinterReview minters() {
        return new MinterReview(index());
    }

    public RunsAsReview runsAs() {
        return new RunsAsReview(index());
    }

    public VmHardeningReview vm() {
        return new VmHardeningReview(index());
    }

    public AudienceReview audience() {
        return new AudienceReview(index());
    }

    /** The stack's documents through ValidatePolicy, offline unless the run is live. */
    public AccessAnalyzerReview accessAnalyzer() {
        return new AccessAnalyzerReview(index(), Backends.current().validator());
    }

    /** The engines of this run (offline or live), chosen once by the runner. */
    public Backends backends() {
        return Backends.current();
    }

    /**
     * The stack's role that was deployed: the one whose ARN the deployed stack's {@code roleArn} output
     * names (the reviewed stack is bound to the deployed identifiers, see DeployedBinding).
     */
    public RoleUnderReview deployedRoleUnderReview() {
        if (index().workloads().stream().anyMatch(dev.keyless.compliance.WorkloadUnderReview::listed)) {
            throw new UserError("verify-deployed reads one deployed role (the roleArn output); a stack with a workloads"
                    + " list is judged before the deploy (make verify, check-stack), not yet role by role after it");
        }
        String arn = index().stack().output("roleArn").orElseThrow(() -> new UserError(
                "the stack under review has no roleArn output, so the deployed role cannot be found"));
        return index().roles().stream().filter(r -> r.arn().filter(arn::equalsIgnoreCase).isPresent()).findFirst()
                .orElseThrow(() -> new UserError("the stack's roleArn output " + arn + " names no role of the reviewed stack"));
    }

    /** The deployed role as IAM holds it, read once per scenario (GetRole, ListAttachedRolePolicies, ...). */
    public DeployedRole deployedRole() {
        if (deployed == null) {
            deployed = backends().aws("reading the deployed role").roleReader()
                    .read(deployedRoleUnderReview().arn().orElseThrow());
        }
        return deployed;
    }

    /**
     * The rule holds when nothing violates it; otherwise the scenario fails listing every violation,
     * and the violations go to the gate as data ({@link ScenarioViolations}), where exceptions are
     * matched against the resources they name.
     */
    public static void holds(List<Violation> violations) {
        if (!violations.isEmpty()) {
            ScenarioViolations.record(violations);
            throw new AssertionError(violations.size() + (violations.size() == 1 ? " violation: " : " violations: ")
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }
}
