package dev.keyless.policy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One question for the {@link Evaluator}: may this caller perform this action on this resource? */
public record Request(List<String> identityPolicies, List<String> boundaryPolicies, Optional<String> resourcePolicy,
                      String action, String resource, List<ContextEntry> context, Optional<String> callerArn,
                      Optional<String> resourceOwner, Optional<CallerPrincipal> callerPrincipal) {

    public Request {
        identityPolicies = List.copyOf(identityPolicies);
        boundaryPolicies = List.copyOf(boundaryPolicies);
        context = List.copyOf(context);
    }

    public SimulationRequest toSimulation() {
        return new SimulationRequest(identityPolicies, boundaryPolicies, List.of(action), List.of(resource),
                resourcePolicy, resourceOwner, callerArn, context, callerPrincipal);
    }

    public static Builder builder(String action, String resource) {
        return new Builder(action, resource);
    }

    /** Reads like the request it builds: {@code Request.builder("s3:GetObject", arn).identity(p).build()}. */
    public static final class Builder {
        private final String action;
        private final String resource;
        private final List<String> identity = new ArrayList<>();
        private final List<String> boundary = new ArrayList<>();
        private final List<ContextEntry> context = new ArrayList<>();
        private String resourcePolicy;
        private String callerArn;
        private String resourceOwner;
        private CallerPrincipal callerPrincipal;

        private Builder(String action, String resource) {
            this.action = action;
            this.resource = resource;
        }

        public Builder identity(String policy) {
            identity.add(policy);
            return this;
        }

        public Builder boundary(String policy) {
            boundary.add(policy);
            return this;
        }

        public Builder resourcePolicy(String policy) {
            this.resourcePolicy = policy;
            return this;
        }

        public Builder callerArn(String arn) {
            this.callerArn = arn;
            return this;
        }

        public Builder resourceOwner(String owner) {
            this.resourceOwner = owner;
            return this;
        }

        public Builder callerPrincipal(CallerPrincipal principal) {
            this.callerPrincipal = principal;
            return this;
        }

        public Builder context(String name, ContextKeyType type, String... values) {
            context.add(ContextEntry.of(name, type, values));
            return this;
        }

        public Request build() {
            return new Request(identity, boundary, Optional.ofNullable(resourcePolicy), action, resource, context,
                    Optional.ofNullable(callerArn), Optional.ofNullable(resourceOwner), Optional.ofNullable(callerPrincipal));
        }
    }
}
