package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.ActionResource;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.PolicyCheck;
import dev.keyless.policy.lint.ValueFact;
import dev.keyless.policy.model.Statement;
import dev.keyless.policy.model.Text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the actions and the resources of a statement fit each other (keyless's own codes; Access
 * Analyzer documents no such check for identity policies). An action applies to a resource only if
 * the resource is of a type the action acts on, so a mismatch grants or denies nothing:
 * <ul>
 *   <li>RESOURCE_MATCHES_NO_ACTION (WARNING): a Resource ARN of no type that any action of the
 *       statement acts on, as {@code arn:aws:s3:::bucket} with only {@code s3:GetObject} (objects);</li>
 *   <li>ACTION_MATCHES_NO_RESOURCE (WARNING): an action acting on no Resource of the statement, as
 *       {@code s3:ListBucket} with only {@code arn:aws:s3:::bucket/*}, or an action without
 *       resource-level permissions ({@code s3:ListAllMyBuckets}) with no {@code "*"}: "If there is
 *       no value for this column, you must specify all resources ("*")".</li>
 * </ul>
 * Only statements with Action and Resource are judged (a Not element turns the question around),
 * and only when every action names one service ({@code *} and {@code *:Get*} name them all). Values that are not well-formed ARNs of a known service are left to
 * the ARN checks, and while one is present the action side is not judged. WARNING rather than
 * ERROR because IAM accepts such statements and the ARN matching rules are keyless's reading of
 * the reference's formats (see docs/catalog.md, "ARN matching").
 *
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html#resources_table">Service Authorization Reference: resource types</a>
 */
public final class ResourceMismatchCheck implements PolicyCheck {

    /**
     * The resource types of the actions an Action value names, each once, in order. Remembered per
     * value: statements often repeat one, and most name one action of one to three types.
     */
    private static final ValueFact<List<ResourceType>> TYPES = ValueFact.of((context, value) -> {
        List<Action> actions = context.expand(value);
        if (actions.size() == 1) {
            return actions.get(0).resourceTypes();
        }
        Set<ResourceType> types = new LinkedHashSet<>();
        for (Action x : actions) {
            for (ActionResource r : x.resources()) {
                types.add(r.type());
            }
        }
        return List.copyOf(types);
    });

    @Override
    public void check(CheckContext context, List<Finding> out) {
        for (Statement s : context.policy().statements()) {
            if (s.action().isPresent() && s.resource().isPresent()) {
                check(context, s.action().get().values(), s.resource().get().values(), out);
            }
        }
    }

    private static void check(CheckContext context, List<Text> actionValues, List<Text> resourceValues, List<Finding> out) {
        for (Text a : actionValues) {
            if (!ActionValue.of(context, a.value()).namesOneService()) {
                return;
            }
        }
        if (resourceValues.stream().allMatch(r -> r.value().equals("*"))) {
            return;
        }
        StatementResources resources = StatementResources.of(context, resourceValues);
        List<List<Action>> expansions = new ArrayList<>(actionValues.size());
        List<List<ResourceType>> types = new ArrayList<>(actionValues.size());
        boolean anyType = false;
        for (Text a : actionValues) {
            expansions.add(context.expand(a.value()));
            List<ResourceType> ofValue = context.fact(TYPES, a.value());
            types.add(ofValue);
            anyType |= !ofValue.isEmpty();
        }
        if (anyType) {
            for (int r = 0; r < resources.size(); r++) {
                if (resources.judged(r) && !resources.matchesAny(r, types) && resources.wellFormed(r)) {
                    Text value = resourceValues.get(r);
                    out.add(Finding.of(IssueCode.RESOURCE_MATCHES_NO_ACTION, IssueCode.RESOURCE_MATCHES_NO_ACTION.details(
                            "resource", value.value(), "expected", Expected.types(union(types))), value.location()));
                }
            }
        }
        List<Finding> unmatched = new ArrayList<>();
        for (int i = 0; i < actionValues.size(); i++) {
            List<Action> actions = expansions.get(i);
            if (!actions.isEmpty() && !actsOnAny(actions, resources)) {
                Text value = actionValues.get(i);
                unmatched.add(Finding.of(IssueCode.ACTION_MATCHES_NO_RESOURCE, IssueCode.ACTION_MATCHES_NO_RESOURCE.details(
                        "action", value.value(), "expected", Expected.of(actions)), value.location()));
            }
        }
        // A resource the ARN checks reject could be meant for the action: say nothing about the action then.
        if (!unmatched.isEmpty() && resources.allJudgedAndWellFormed()) {
            out.addAll(unmatched);
        }
    }

    /** The types of all the statement's action values, each once, in order. */
    private static Set<ResourceType> union(List<List<ResourceType>> types) {
        Set<ResourceType> all = new LinkedHashSet<>();
        for (List<ResourceType> ofValue : types) {
            all.addAll(ofValue);
        }
        return all;
    }

    private static boolean actsOnAny(List<Action> actions, StatementResources resources) {
        for (Action x : actions) {
            if (x.takesOnlyWildcardResource() ? resources.hasStar() : resources.anyMatches(x.resources())) {
                return true;
            }
        }
        return false;
    }
}
