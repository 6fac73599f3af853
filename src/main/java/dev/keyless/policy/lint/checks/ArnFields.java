package dev.keyless.policy.lint.checks;

import dev.keyless.policy.catalog.FieldUse;
import dev.keyless.policy.catalog.ResourceType;
import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.IssueCode;
import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.model.Text;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Judges a well-formed ARN's resource part, Region and account against the formats of its service
 * field (see {@link ArnResourceTypeCheck}). Shared so that the action/resource fit check can leave
 * alone an ARN that these rules already reject.
 */
final class ArnFields {

    private static final String AWS_OWNED = "aws";

    private ArnFields() {}

    /**
     * Adds the findings for a {@linkplain ResourceValue#judged() judged} value (written at
     * {@code value}) to {@code out}; returns whether there were none.
     */
    static boolean judge(CheckContext context, ResourceValue resource, Text value, List<Finding> out) {
        int before = out.size();
        ResourceArn arn = resource.arn();
        List<ResourceType> types = resource.partTypes(context);
        if (types.isEmpty()) {
            out.add(Finding.of(IssueCode.INVALID_ARN_RESOURCE, IssueCode.INVALID_ARN_RESOURCE.template(), value.location()));
            return false;
        }
        judgeRegion(arn, types, value, out);
        judgeAccount(arn, types, value, out);
        return out.size() == before;
    }

    private static void judgeRegion(ResourceArn arn, List<ResourceType> types, Text value, List<Finding> out) {
        Function<ResourceType, FieldUse> region = t -> t.arnFormat().region();
        if (!arn.region().isEmpty() && ResourceArn.literal(arn.region()) && none(types, region, FieldUse::allowsValue)) {
            out.add(Finding.of(IssueCode.ARN_REGION_NOT_ALLOWED,
                    IssueCode.ARN_REGION_NOT_ALLOWED.details("service", arn.service()), value.location()));
        } else if (arn.region().isEmpty() && none(types, region, FieldUse::allowsEmpty)) {
            out.add(Finding.of(IssueCode.MISSING_ARN_REGION,
                    IssueCode.MISSING_ARN_REGION.details("service", arn.service()), value.location()));
        }
    }

    private static void judgeAccount(ResourceArn arn, List<ResourceType> types, Text value, List<Finding> out) {
        String account = arn.account();
        if (account.isEmpty() || !ResourceArn.literal(account)) {
            return;
        }
        if (none(types, t -> t.arnFormat().account(), FieldUse::allowsValue)) {
            out.add(Finding.of(IssueCode.ARN_ACCOUNT_NOT_ALLOWED,
                    IssueCode.ARN_ACCOUNT_NOT_ALLOWED.details("service", arn.service()), value.location()));
        } else if (!account.equals(AWS_OWNED) && !twelveDigits(account)) {
            out.add(Finding.of(IssueCode.INVALID_ARN_ACCOUNT,
                    IssueCode.INVALID_ARN_ACCOUNT.details("account", account), value.location()));
        }
    }

    private static boolean none(List<ResourceType> types, Function<ResourceType, FieldUse> field, Predicate<FieldUse> test) {
        for (ResourceType t : types) {
            if (test.test(field.apply(t))) {
                return false;
            }
        }
        return true;
    }

    private static boolean twelveDigits(String account) {
        if (account.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (account.charAt(i) < '0' || account.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
