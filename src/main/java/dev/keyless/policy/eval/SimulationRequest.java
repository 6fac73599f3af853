package dev.keyless.policy.eval;

import java.util.List;
import java.util.Optional;

/**
 * A {@code SimulateCustomPolicy} request, with keyless's trust-policy extension {@code CallerPrincipal}.
 * Every action is evaluated on every resource; {@code resourceArns} defaults to {@code ["*"]}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html">SimulateCustomPolicy</a>
 */
public record SimulationRequest(List<String> policyInputList, List<String> permissionsBoundaryPolicyInputList,
                                List<String> actionNames, List<String> resourceArns, Optional<String> resourcePolicy,
                                Optional<String> resourceOwner, Optional<String> callerArn,
                                List<ContextEntry> contextEntries, Optional<CallerPrincipal> callerPrincipal) {

    public SimulationRequest {
        policyInputList = List.copyOf(policyInputList);
        permissionsBoundaryPolicyInputList = List.copyOf(permissionsBoundaryPolicyInputList);
        actionNames = List.copyOf(actionNames);
        resourceArns = resourceArns.isEmpty() ? List.of("*") : List.copyOf(resourceArns);
        contextEntries = List.copyOf(contextEntries);
    }
}
