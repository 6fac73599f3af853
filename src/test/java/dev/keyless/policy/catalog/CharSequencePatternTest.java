package dev.keyless.policy.catalog;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast paths of ARN matching give the same answers as the plain product walk: the bit-set walk
 * for policy patterns, and the literal-start shortcut in {@link ArnFormat}.
 */
class CharSequencePatternTest {

    private static final int[] FORMAT_CLASSES = {CharSequencePattern.ANY, CharSequencePattern.NOT_COLON,
        CharSequencePattern.NOT_SLASH, 'a', 'b', ':', '/'};
    private static final char[] POLICY_CHARS = {'a', 'b', ':', '/', '*', '?'};

    @Test
    void the_bit_set_walk_agrees_with_the_product_walk_on_random_patterns() {
        Random random = new Random(20260923L);
        int agreeingTrue = 0;
        for (int round = 0; round < 50_000; round++) {
            CharSequencePattern format = randomFormat(random);
            CharSequencePattern policy = ArnPatternAccess.pattern(randomPolicy(random));
            boolean product = CharSequencePattern.intersectsByProduct(format, policy);
            assertThat(CharSequencePattern.intersectsByStateSet(format, policy)).as("round %d", round).isEqualTo(product);
            agreeingTrue += product ? 1 : 0;
        }
        // Both answers occur often, so the agreement above is not agreement on a constant.
        assertThat(agreeingTrue).isBetween(5_000, 45_000);
    }

    @Test
    void every_arn_format_of_the_catalog_matches_its_own_instances_with_and_without_wildcards() {
        IamCatalog catalog = IamCatalog.builtIn();
        int checked = 0;
        for (String prefix : List.of("s3", "iam", "ec2", "dynamodb", "logs", "sqs", "kms", "lambda", "sts", "secretsmanager")) {
            for (ResourceType type : catalog.service(prefix).orElseThrow().resourceTypes()) {
                String arn = instance(type.arnFormat().template());
                for (String pattern : variants(arn)) {
                    assertThat(type.matches(pattern)).as("%s matches %s", type, pattern).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void a_literal_start_that_differs_rules_out_a_resource_type_without_changing_the_answer() {
        ResourceType object = IamCatalog.builtIn().service("s3").orElseThrow().resourceType("object").orElseThrow();
        ResourceType accessPoint = IamCatalog.builtIn().service("s3").orElseThrow().resourceType("accesspoint").orElseThrow();
        assertThat(accessPoint.matches("arn:aws:s3:us-east-1:111122223333:accesspoint/reports")).isTrue();
        assertThat(accessPoint.matches("arn:aws:s3:us-east-1:111122223333:bucket/reports")).isFalse();
        assertThat(object.matches("arn:aws:s3:::amzn-s3-demo-bucket/*")).isTrue();
        // A * in an earlier field may stretch into the resource part: no shortcut then.
        assertThat(accessPoint.matches("arn:aws:s3:*:accesspoint/reports")).isTrue();
    }

    private static String instance(String template) {
        Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(template);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "Partition" -> "aws";
                case "Region" -> "us-east-1";
                case "Account" -> "111122223333";
                default -> "name" + n++;
            };
            m.appendReplacement(sb, value);
        }
        m.appendTail(sb);
        return sb.toString().replace("*", "any");
    }

    private static List<String> variants(String arn) {
        List<String> out = new ArrayList<>();
        out.add(arn);
        out.add(arn.substring(0, arn.length() - 1) + "*");
        out.add(arn.substring(0, arn.length() - 1) + "?");
        String[] f = arn.split(":", 6);
        if (!f[3].isEmpty()) {
            out.add(String.join(":", f[0], f[1], f[2], "*", f[4], f[5]));
        }
        if (!f[4].isEmpty()) {
            out.add(String.join(":", f[0], f[1], f[2], f[3], "*", f[5]));
        }
        return out;
    }

    private static CharSequencePattern randomFormat(Random random) {
        CharSequencePattern.Builder b = new CharSequencePattern.Builder();
        int steps = random.nextInt(9);
        for (int i = 0; i < steps; i++) {
            int cls = FORMAT_CLASSES[random.nextInt(FORMAT_CLASSES.length)];
            if (cls < 0 && random.nextBoolean()) {
                b.many(cls);
            } else {
                b.one(cls);
            }
        }
        return b.build();
    }

    private static String randomPolicy(Random random) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            sb.append(POLICY_CHARS[random.nextInt(POLICY_CHARS.length)]);
        }
        return sb.toString();
    }

    /** The compiled form of a policy Resource, as ARN matching uses it. */
    private static final class ArnPatternAccess {
        static CharSequencePattern pattern(String text) {
            return ArnPattern.of(text).pattern();
        }
    }
}
