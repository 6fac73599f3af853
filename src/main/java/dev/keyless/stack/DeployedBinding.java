package dev.keyless.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The program rendered under mocks, bound to a deployed stack: every identifier the mocks invented
 * (role ARN and name, account id, bucket name, service account id and email, instance name) replaced
 * by the deployed one from the stack's outputs. The documents of the result are what the program
 * deploys with those identifiers, which is what IAM should hold after {@code pulumi up}: the
 * reference the drift checks compare the deployed role with.
 */
public final class DeployedBinding {

    /** The outputs whose values the mocks invent and the deployment knows (FederationStack's names). */
    static final List<String> BOUND_OUTPUTS = List.of("roleArn", "bucketName", "serviceAccountUniqueId",
            "serviceAccountEmail", "instanceName");

    private DeployedBinding() {}

    public static StackSnapshot bind(StackSnapshot rendered, StackOutputs deployed) {
        String roleArn = deployed.require("roleArn");
        Map<String, String> replace = new LinkedHashMap<>();
        for (String name : BOUND_OUTPUTS) {
            Optional<String> from = rendered.output(name);
            Optional<String> to = deployed.get(name);
            if (from.isPresent() && to.isPresent() && !from.get().equals(to.get())) {
                replace.put(from.get(), to.get());
            }
        }
        rendered.output("roleArn").ifPresent(from -> {
            replace.put(roleName(from), roleName(roleArn));
            replace.put(":" + account(from) + ":", ":" + account(roleArn) + ":");
        });
        replace.entrySet().removeIf(e -> e.getKey().equals(e.getValue()) || e.getKey().isEmpty());
        Replacements pairs = new Replacements(replace);
        List<StackResource> resources = new ArrayList<>();
        for (StackResource r : rendered.resources()) {
            resources.add(new StackResource(r.type(), r.name(), r.urn(), r.id().map(v -> apply(v, pairs)),
                    map(r.inputs(), pairs), map(r.outputs(), pairs), r.links()));
        }
        Map<String, Object> outputs = map(rendered.outputs(), pairs);
        outputs.putAll(deployed.values());
        return new StackSnapshot(rendered.project(), rendered.stack(), rendered.source()
                + " with the identifiers of the deployed stack (" + deployed.source() + ")", resources, outputs);
    }

    private static String roleName(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static String account(String arn) {
        String[] parts = arn.split(":");
        if (parts.length < 6 || !parts[4].matches("\\d{12}")) {
            throw new StackExportException("roleArn " + arn + " is not a role ARN (arn:aws:iam::123456789012:role/NAME)");
        }
        return parts[4];
    }

    private static Map<String, Object> map(Map<String, Object> in, Replacements pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, value(v, pairs)));
        return out;
    }

    private static Object value(Object v, Replacements pairs) {
        if (v instanceof String s) {
            return apply(s, pairs);
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), value(x, pairs)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(value(x, pairs)));
            return out;
        }
        if (v instanceof SecretValue s && s.plaintext().isPresent()) {
            return SecretValue.plain(value(s.plaintext().get(), pairs));
        }
        return v;
    }

    private static String apply(String s, Replacements pairs) {
        return pairs.apply(s);
    }

    /** All replacements in one pass, longest match first: an ARN is replaced whole, and no result is replaced again. */
    private static final class Replacements {
        private final Map<String, String> map;
        private final Pattern pattern;

        Replacements(Map<String, String> map) {
            this.map = map;
            List<String> keys = new ArrayList<>(map.keySet());
            keys.sort(Comparator.comparingInt(String::length).reversed());
            this.pattern = keys.isEmpty() ? null
                    : Pattern.compile(String.join("|", keys.stream().map(Pattern::quote).toList()));
        }

        String apply(String s) {
            return pattern == null ? s : pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(map.get(m.group())));
        }
    }
}
