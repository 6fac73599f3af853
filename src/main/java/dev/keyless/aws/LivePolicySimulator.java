package dev.keyless.aws;

import dev.keyless.policy.eval.CallerPrincipal;
import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.Decision;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.EvaluationResult;
import dev.keyless.policy.eval.LineColumn;
import dev.keyless.policy.eval.MatchedStatement;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.eval.SimulationRequest;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.parse.PolicyReader;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulation port ({@link PolicySimulator}) answered by the IAM policy simulator. Requests and
 * results are AWS's on both sides; what AWS does not return, the statement's index and Sid, is
 * found by locating the reported end position in the policy that was sent (the simulator's
 * {@code EndPosition} is one column past the statement's closing brace, columns from 1); a statement
 * that cannot be located gets index -1.
 *
 * <p>A request with a {@code CallerPrincipal} (a trust-policy question) is refused: the IAM
 * simulator cannot evaluate a role trust policy for {@code sts:AssumeRole*} (aws-cli issue 10314),
 * so live mode's trust verdict comes from the offline evaluator plus Access Analyzer. AWS's
 * {@code MalformedPolicyDocument} and {@code InvalidInput} become {@link EvaluationException}s, as
 * offline; every other failure stays a {@link LiveCallException}.
 */
public final class LivePolicySimulator implements PolicySimulator {

    private final IamPolicySimulator simulator;
    private final boolean asRoles;

    /** Sends each request as given, as {@code aws iam simulate-custom-policy} would. */
    public LivePolicySimulator(AwsClients clients) {
        this(clients, false);
    }

    private LivePolicySimulator(AwsClients clients, boolean asRoles) {
        this.simulator = new IamPolicySimulator(clients);
        this.asRoles = asRoles;
    }

    /**
     * For questions asked as a role (the rule book's): a role's CallerArn, which the simulator does not
     * take, becomes a stand-in user of its account where no policy can tell the two apart, and a bare
     * account id as ResourceOwner becomes the account ARN AWS asks for ({@link SimulatedCaller}).
     */
    public static LivePolicySimulator askingAsRoles(AwsClients clients) {
        return new LivePolicySimulator(clients, true);
    }

    @Override
    public List<EvaluationResult> simulateCustomPolicy(SimulationRequest request) throws EvaluationException {
        if (request.callerPrincipal().isPresent()) {
            CallerPrincipal p = request.callerPrincipal().get();
            throw EvaluationException.invalidInput("the IAM policy simulator cannot evaluate a role trust policy for a "
                    + p.kind().json() + " caller (aws-cli issue 10314); live mode judges trust with the offline"
                    + " evaluator plus Access Analyzer's ValidatePolicy and CheckNoPublicAccess; simulate it offline"
                    + " (without --live)");
        }
        List<SimulationInput.ContextEntry> context = new ArrayList<>();
        for (ContextEntry e : request.contextEntries()) {
            context.add(new SimulationInput.ContextEntry(e.name(), e.type().json(), e.values()));
        }
        SimulationInput in = new SimulationInput(request.policyInputList(), request.permissionsBoundaryPolicyInputList(),
                request.actionNames(), request.resourceArns(), request.resourcePolicy(),
                asRoles ? SimulatedCaller.resourceOwner(request) : request.resourceOwner(),
                asRoles ? SimulatedCaller.callerArn(request) : request.callerArn(), context, Optional.empty());
        List<SimulationResult> results;
        try {
            results = simulator.simulateCustomPolicy(in);
        } catch (LiveCallException e) {
            if (e.getCause() instanceof AwsServiceException ase && ase.awsErrorDetails() != null) {
                String code = ase.awsErrorDetails().errorCode();
                if ("MalformedPolicyDocument".equals(code)) {
                    throw EvaluationException.malformed(ase.awsErrorDetails().errorMessage());
                }
                if ("InvalidInput".equals(code)) {
                    throw EvaluationException.invalidInput(ase.awsErrorDetails().errorMessage());
                }
            }
            throw e;
        }
        List<EvaluationResult> out = new ArrayList<>(results.size());
        for (SimulationResult r : results) {
            List<MatchedStatement> matched = new ArrayList<>();
            for (SimulationResult.MatchedStatement m : r.matchedStatements()) {
                matched.add(matched(request, m));
            }
            out.add(new EvaluationResult(r.evalActionName(), r.evalResourceName(), Decision.valueOf(r.evalDecision().name()),
                    matched, r.missingContextValues(), r.allowedByPermissionsBoundary()));
        }
        return out;
    }

    @Override
    public String backend() {
        return "live";
    }

    private static MatchedStatement matched(SimulationRequest request, SimulationResult.MatchedStatement m) {
        LineColumn start = m.startPosition().map(p -> new LineColumn(p.line(), p.column())).orElse(new LineColumn(0, 0));
        LineColumn end = m.endPosition().map(p -> new LineColumn(p.line(), p.column())).orElse(new LineColumn(0, 0));
        int index = -1;
        Optional<String> sid = Optional.empty();
        Optional<String> source = m.sourcePolicyId().flatMap(id -> sourceText(request, id));
        if (source.isPresent()) {
            for (Statement s : PolicyReader.read(source.get()).policy().map(p -> p.statements()).orElse(List.of())) {
                Position e = s.location().span().end();
                if (e.line() == end.line() && e.column() + 1 == end.column()) {
                    index = s.index();
                    sid = s.sid().map(t -> t.value());
                    break;
                }
            }
        }
        return new MatchedStatement(m.sourcePolicyId().orElse(""), m.sourcePolicyType().orElse(""), start, end, index, sid);
    }

    /** The text behind a SourcePolicyId: {@code PolicyInputList.N}, {@code PermissionsBoundaryPolicyInputList.N}, {@code ResourcePolicy}. */
    private static Optional<String> sourceText(SimulationRequest request, String id) {
        if (id.equals("ResourcePolicy")) {
            return request.resourcePolicy();
        }
        int dot = id.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        List<String> list = inputList(request, id.substring(0, dot));
        try {
            int n = Integer.parseInt(id.substring(dot + 1));
            return list != null && n >= 1 && n <= list.size() ? Optional.of(list.get(n - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> inputList(SimulationRequest request, String name) {
        if (name.equals("PolicyInputList")) {
            return request.policyInputList();
        }
        if (name.equals("PermissionsBoundaryPolicyInputList")) {
            return request.permissionsBoundaryPolicyInputList();
        }
        return null;
    }
}
