package dev.keyless.aws;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs {@code SimulateCustomPolicy} and {@code SimulatePrincipalPolicy} share, named as AWS
 * names them. Empty lists and optionals are left out of the request, so AWS applies its own
 * defaults ({@code ResourceArns} = {@code *}).
 *
 * <p>There is no caller principal for a role trust policy: the IAM simulator cannot evaluate
 * {@code sts:AssumeRole*} against a trust policy (aws-cli issue 10314), so live mode never asks it.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html">SimulateCustomPolicy</a>
 */
public record SimulationInput(List<String> policyInputList, List<String> permissionsBoundaryPolicyInputList,
                              List<String> actionNames, List<String> resourceArns, Optional<String> resourcePolicy,
                              Optional<String> resourceOwner, Optional<String> callerArn,
                              List<ContextEntry> contextEntries, Optional<String> resourceHandlingOption) {

    /** One {@code ContextEntries} item; {@code contextKeyType} as AWS spells it ({@code string}, {@code ipList}...). */
    public record ContextEntry(String contextKeyName, String contextKeyType, List<String> contextKeyValues) {
        public ContextEntry {
            Objects.requireNonNull(contextKeyName);
            Objects.requireNonNull(contextKeyType);
            contextKeyValues = List.copyOf(contextKeyValues);
        }
    }

    public SimulationInput {
        policyInputList = List.copyOf(policyInputList);
        permissionsBoundaryPolicyInputList = List.copyOf(permissionsBoundaryPolicyInputList);
        actionNames = List.copyOf(actionNames);
        resourceArns = List.copyOf(resourceArns);
        contextEntries = List.copyOf(contextEntries);
        if (actionNames.isEmpty()) {
            throw new IllegalArgumentException("ActionNames needs at least one action");
        }
    }

    /** Identity policies, actions and resources: the common question. */
    public static SimulationInput of(List<String> policies, List<String> actions, List<String> resources) {
        return new SimulationInput(policies, List.of(), actions, resources, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());
    }

    public SimulationInput withContext(List<ContextEntry> entries) {
        return new SimulationInput(policyInputList, permissionsBoundaryPolicyInputList, actionNames, resourceArns,
                resourcePolicy, resourceOwner, callerArn, entries, resourceHandlingOption);
    }
}
