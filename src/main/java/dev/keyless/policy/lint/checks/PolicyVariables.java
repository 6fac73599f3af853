package dev.keyless.policy.lint.checks;

import dev.keyless.policy.model.ConditionClause;
import dev.keyless.policy.model.ElementList;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.PrincipalElement;
import dev.keyless.policy.model.PrincipalEntry;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds policy variables ({@code ${aws:username}}, {@code ${aws:PrincipalTag/team, 'none'}}) in
 * policy text. {@code ${*}}, {@code ${?}} and {@code ${$}} are escapes for a literal character, not
 * variables.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html">IAM policy elements: Variables and tags</a>
 */
final class PolicyVariables {

    /** One {@code ${...}} occurrence; {@code closed} is false when no {@code }} follows. */
    record Variable(String text, String body, boolean closed) {

        boolean escape() {
            return closed && ESCAPES.contains(body);
        }
    }

    /** A string of the policy with the element it belongs to. */
    record Site(String element, String value, Location location) {}

    private static final Set<String> ESCAPES = Set.of("*", "?", "$");

    private PolicyVariables() {}

    static List<Variable> in(String s) {
        List<Variable> out = new ArrayList<>();
        int at = s.indexOf("${");
        while (at >= 0) {
            int close = s.indexOf('}', at + 2);
            if (close < 0) {
                out.add(new Variable(s.substring(at), s.substring(at + 2), false));
                break;
            }
            out.add(new Variable(s.substring(at, close + 1), s.substring(at + 2, close), true));
            at = s.indexOf("${", close + 1);
        }
        return out;
    }

    /** True when the string holds a real variable (not only escapes). */
    static boolean hasVariable(String s) {
        return in(s).stream().anyMatch(v -> !v.escape());
    }

    /** Every string of the statement where a variable could be written, with its element's name. */
    static List<Site> sites(Statement s) {
        List<Site> out = new ArrayList<>();
        for (Optional<ElementList> list : List.of(s.action(), s.notAction(), s.resource(), s.notResource())) {
            list.ifPresent(l -> l.values().forEach(t -> out.add(new Site(l.name(), t.value(), t.location()))));
        }
        for (Optional<PrincipalElement> p : List.of(s.principal(), s.notPrincipal())) {
            p.ifPresent(e -> {
                for (PrincipalEntry entry : e.entries()) {
                    for (Text t : entry.values()) {
                        out.add(new Site(e.name(), t.value(), t.location()));
                    }
                }
            });
        }
        for (ConditionClause c : s.conditions()) {
            c.values().forEach(v -> out.add(new Site("Condition", v.text(), v.location())));
        }
        return out;
    }
}
