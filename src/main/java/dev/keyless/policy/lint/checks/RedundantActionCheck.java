package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.model.Location;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * REDUNDANT_ACTION (SUGGESTION): an Action value all of whose actions other values of the same
 * statement already name, as {@code iam:GetCredentialReport} next to {@code iam:Get*}. AWS: "You
 * receive a finding for this policy check when all of the contents of an action are redundant", so
 * {@code iam:*CredentialReport} next to {@code iam:Get*} is not redundant. Of two equal values the
 * later one is reported. One finding per statement, one location per redundant value.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-redundant-action">Redundant action</a>
 */
public final class RedundantActionCheck implements PolicyCheck {

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            if (s.action().isPresent() && s.action().get().values().size() > 1) {
                check(context, s.action().get().values(), out);
            }
        }
    }

    private static void check(CheckContext context, List<Text> values, List<Finding> out) {
        List<List<Action>> expansions = new ArrayList<>(values.size());
        Map<Action, Integer> namedBy = new HashMap<>();
        for (Text v : values) {
            // A value across services ("*", "*:Get*") would be expanded to thousands of actions;
            // "*" next to anything makes the rest redundant, which the values say plainly enough.
            List<Action> actions = ActionValue.of(context, v.value()).namesOneService() ? context.expand(v.value()) : List.of();
            expansions.add(actions);
            for (Action a : actions) {
                namedBy.merge(a, 1, Integer::sum);
            }
        }
        List<Location> redundant = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = values.size() - 1; i >= 0; i--) {
            List<Action> actions = expansions.get(i);
            if (!actions.isEmpty() && allNamedElsewhere(actions, namedBy)) {
                for (Action a : actions) {
                    namedBy.merge(a, -1, Integer::sum);
                }
                redundant.add(values.get(i).location());
                names.add(values.get(i).value());
            }
        }
        if (!redundant.isEmpty()) {
            Collections.reverse(redundant);
            Collections.reverse(names);
            out.add(Finding.of(IssueCode.REDUNDANT_ACTION, IssueCode.REDUNDANT_ACTION.details(
                    "redundantActionCount", String.valueOf(names.size()), "redundantAction", names.get(0)), redundant));
        }
    }

    private static boolean allNamedElsewhere(List<Action> actions, Map<Action, Integer> namedBy) {
        for (Action a : actions) {
            if (namedBy.get(a) < 2) {
                return false;
            }
        }
        return true;
    }
}
