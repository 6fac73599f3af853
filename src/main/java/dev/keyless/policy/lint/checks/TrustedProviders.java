package dev.keyless.policy.lint.checks;

import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.List;

/** The federated identity providers a statement's Principal trusts, with where each is named. */
final class TrustedProviders {

    record Trusted(FederatedProvider provider, Text value) {}

    private TrustedProviders() {}

    static List<Trusted> of(Statement s) {
        List<Trusted> out = new ArrayList<>();
        if (s.principal().isEmpty()) {
            return out;
        }
        for (PrincipalEntry e : s.principal().get().entries()) {
            if (e.type().value().equals(Principals.FEDERATED)) {
                for (Text v : e.values()) {
                    out.add(new Trusted(FederatedProvider.of(v.value()), v));
                }
            }
        }
        return out;
    }
}
