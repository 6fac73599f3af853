package dev.keyless.compliance;

import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ConditionOperator;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.ValueType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Google identities the roles trust, across roles: each role trusts one service account and no
 * account opens two roles (otherwise whoever runs as it holds both roles' access), and, when the stack
 * configures a Google Cloud organization, every trust requires tokens of that organization.
 */
public final class WorkloadIdentityReview {

    private final StackIndex index;

    public WorkloadIdentityReview(StackIndex index) {
        this.index = index;
    }

    /**
     * Every role trusts exactly one service account (the values its Allow statements give
     * {@code accounts.google.com:aud} and {@code :sub}, under any operator), and no two roles trust the same.
     */
    public List<Violation> oneRolePerServiceAccount() {
        List<Violation> out = new ArrayList<>();
        Map<RoleUnderReview, Set<String>> trusted = new LinkedHashMap<>();
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> trusted.computeIfAbsent(role, r -> new LinkedHashSet<>())
                .addAll(accounts(s)));
        Map<String, RoleUnderReview> firstRole = new LinkedHashMap<>();
        trusted.forEach((role, accounts) -> {
            if (accounts.size() > 1) {
                out.add(Violation.of(role.resource(), role.label(), "trusts " + accounts.size() + " service accounts or patterns of them "
                        + accounts + "; a role trusts one, so that each account's tokens open only its own workload's access"));
            }
            for (String account : accounts) {
                RoleUnderReview other = firstRole.putIfAbsent(account, role);
                if (other != null) {
                    out.add(Violation.of(role.resource(), role.label(), "trusts the service account " + account + ", which " + other.label()
                            + " trusts too: whatever runs as that account holds both roles' access"));
                }
            }
        });
        return out;
    }

    /**
     * With a Google Cloud organization configured, every Allow statement of every trust pins
     * {@code accounts.google.com:google/organization_number} with plain NumericEquals to that one number
     * (compared as numbers, as NumericEquals compares them). Without one, there is nothing to pin.
     */
    public List<Violation> organizationIsPinned() {
        List<Violation> out = new ArrayList<>();
        Optional<String> organization = index.googleOrganization();
        if (organization.isEmpty()) {
            return out;
        }
        Optional<BigDecimal> wanted = number(organization.get());
        if (wanted.isEmpty()) {
            out.add(new Violation("stack output googleOrganizationNumber", "\"" + organization.get()
                    + "\" is not an organization number"));
            return out;
        }
        TrustStatements.forEachAllow(index.roles(), out, (role, s) -> {
            List<ConditionClause> pins = s.conditions().stream()
                    .filter(c -> GoogleKeys.same(c.key().value(), GoogleKeys.ORGANIZATION))
                    .filter(c -> ConditionOperator.parse(c.operator().value()).filter(RoleTrustReview::isPlainNumericEquals).isPresent())
                    .toList();
            String where = TrustStatements.describe(s);
            if (pins.isEmpty()) {
                out.add(Violation.of(role.resource(), role.label(), where + " does not pin " + GoogleKeys.ORGANIZATION
                        + " with NumericEquals, so tokens of any Google organization pass"));
                return;
            }
            for (ConditionClause c : pins) {
                boolean exact = c.values().size() == 1 && c.values().get(0).type() != ValueType.BOOLEAN
                        && number(c.values().get(0).text()).filter(n -> n.compareTo(wanted.get()) == 0).isPresent();
                if (!exact) {
                    out.add(Violation.of(role.resource(), role.label(), where + " pins " + GoogleKeys.ORGANIZATION + " to "
                            + c.values().stream().map(v -> v.text()).toList() + "; exactly the configured organization "
                            + organization.get() + " may match"));
                }
            }
        });
        return out;
    }

    private static Set<String> accounts(Statement s) {
        Set<String> out = new LinkedHashSet<>();
        s.conditions().stream()
                .filter(c -> GoogleKeys.same(c.key().value(), GoogleKeys.AUD) || GoogleKeys.same(c.key().value(), GoogleKeys.SUB))
                .flatMap(c -> c.values().stream()).forEach(v -> out.add(v.text()));
        return out;
    }

    /** A whole number as IAM's numeric operators read it; empty for anything else. */
    private static Optional<BigDecimal> number(String text) {
        if (!text.matches("-?[0-9]{1,40}")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text));
    }
}
