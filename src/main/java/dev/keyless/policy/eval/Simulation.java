package dev.keyless.policy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One simulation request with its policies compiled, its caller and context read, ready to decide
 * each action on each resource. Validation follows the API: action names without wildcards, at most
 * one permissions boundary, {@code CallerArn} required with a resource policy.
 */
final class Simulation {

    final CompiledPolicy[] identity;
    final CompiledPolicy[] boundary;
    final CompiledPolicy resource;
    final Caller caller;
    final String ownerAccount;
    final RequestContext context;
    final boolean trust;

    private Simulation(CompiledPolicy[] identity, CompiledPolicy[] boundary, CompiledPolicy resource, Caller caller,
                       String ownerAccount, RequestContext context, boolean trust) {
        this.identity = identity;
        this.boundary = boundary;
        this.resource = resource;
        this.caller = caller;
        this.ownerAccount = ownerAccount;
        this.context = context;
        this.trust = trust;
    }

    static Simulation prepare(SimulationRequest r, PolicyCache cache) throws EvaluationException {
        return prepare(r, cache, false);
    }

    static Simulation prepare(SimulationRequest r, PolicyCache cache, boolean openWorld) throws EvaluationException {
        if (r.actionNames().isEmpty()) {
            throw EvaluationException.invalidInput("ActionNames must name at least one action");
        }
        for (String a : r.actionNames()) {
            if (a.indexOf('*') >= 0 || a.indexOf('?') >= 0 || a.indexOf(':') <= 0) {
                throw EvaluationException.invalidInput("ActionNames: " + a
                        + " is not an action name (service:Action, no wildcards)");
            }
        }
        if (r.permissionsBoundaryPolicyInputList().size() > 1) {
            throw EvaluationException.invalidInput("The list of Permissions Boundary policies cannot exceed 1 items.");
        }
        Caller caller = null;
        boolean trust = false;
        if (r.callerPrincipal().isPresent()) {
            CallerPrincipal p = r.callerPrincipal().get();
            if (r.callerArn().isPresent()) {
                throw EvaluationException.invalidInput("Give CallerArn or CallerPrincipal, not both");
            }
            caller = Caller.of(p);
            trust = !caller.iam();
            if (trust && (!r.policyInputList().isEmpty() || !r.permissionsBoundaryPolicyInputList().isEmpty())) {
                throw EvaluationException.invalidInput("PolicyInputList and PermissionsBoundaryPolicyInputList must be empty"
                        + " when CallerPrincipal is " + p.kind().json() + ": such a caller has no identity policies");
            }
            if (trust && r.resourcePolicy().isEmpty()) {
                throw EvaluationException.invalidInput("CallerPrincipal " + p.kind().json()
                        + " needs the role trust policy in ResourcePolicy");
            }
        } else if (r.callerArn().isPresent()) {
            caller = Caller.iam(r.callerArn().get());
        }
        if (r.resourcePolicy().isPresent() && caller == null) {
            throw EvaluationException.invalidInput("CallerArn is required if you include a ResourcePolicy,"
                    + " so that the policy's Principal element has a value to use in evaluating the policy");
        }
        CompiledPolicy[] identity = compileAll(r.policyInputList(), PolicySource.IDENTITY, cache);
        CompiledPolicy[] boundary = compileAll(r.permissionsBoundaryPolicyInputList(), PolicySource.PERMISSIONS_BOUNDARY, cache);
        CompiledPolicy resource = null;
        if (r.resourcePolicy().isPresent()) {
            PolicyKind kind = r.actionNames().stream().allMatch(Simulation::roleTrustAction)
                    ? PolicyKind.TRUST : PolicyKind.RESOURCE;
            resource = compile(r.resourcePolicy().get(), kind, PolicySource.RESOURCE, 0, cache);
        }
        String owner = r.resourceOwner().map(Simulation::account).orElse(null);
        if (r.resourceOwner().isPresent() && owner == null) {
            throw EvaluationException.invalidInput("ResourceOwner " + r.resourceOwner().get()
                    + " must be an account ARN such as arn:aws:iam::123456789012:root");
        }
        return new Simulation(identity, boundary, resource, caller, owner, RequestContext.of(r.contextEntries(), openWorld),
                trust);
    }

    private static CompiledPolicy[] compileAll(List<String> texts, PolicySource source, PolicyCache cache)
            throws EvaluationException {
        CompiledPolicy[] out = new CompiledPolicy[texts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(texts.get(i), PolicyKind.IDENTITY, source, i, cache);
        }
        return out;
    }

    private static CompiledPolicy compile(String text, PolicyKind kind, PolicySource source, int index, PolicyCache cache)
            throws EvaluationException {
        try {
            return cache.get(text, kind);
        } catch (EvaluationException e) {
            throw new EvaluationException(e.kind(), source.policyId(index) + ": " + e.getMessage());
        }
    }

    /**
     * Actions authorised by a role trust policy: there the policy is the role's trust policy and names
     * no resource. Any other action with a non-IAM caller reads the policy as a resource policy.
     */
    static boolean roleTrustAction(String action) {
        String a = LowerCase.glob(action);
        return a.startsWith("sts:assumerole") || a.equals("sts:tagsession") || a.equals("sts:setsourceidentity")
                || a.equals("sts:setcontext");
    }

    /** The account of {@code arn:aws:iam::123456789012:root}, or of a bare 12-digit id. */
    private static String account(String owner) {
        if (owner.length() == 12 && owner.chars().allMatch(Character::isDigit)) {
            return owner;
        }
        String[] parts = ArnPattern.split(owner);
        if (parts == null || parts[4].length() != 12 || !parts[4].chars().allMatch(Character::isDigit)) {
            return null;
        }
        return parts[4];
    }

    List<EvaluationResult> run(SimulationRequest r) {
        List<EvaluationResult> out = new ArrayList<>(r.actionNames().size() * r.resourceArns().size());
        for (String action : r.actionNames()) {
            for (String resourceArn : r.resourceArns()) {
                out.add(new DecisionMaker(this, action, resourceArn).decide());
            }
        }
        return out;
    }

    /** The account that owns a resource: the one in its ARN, else ResourceOwner, else the caller's. */
    String ownerOf(String[] arn) {
        if (arn != null && !arn[4].isEmpty()) {
            return arn[4];
        }
        if (ownerAccount != null) {
            return ownerAccount;
        }
        return caller == null ? null : caller.account();
    }

    Optional<Caller> caller() {
        return Optional.ofNullable(caller);
    }
}
