package dev.keyless.compliance;

import dev.keyless.policy.catalog.AccessLevel;
import dev.keyless.policy.catalog.Action;
import dev.keyless.policy.catalog.IamCatalog;
import dev.keyless.policy.catalog.Service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Actions named by service and access level, read from AWS's Service Authorization Reference (the
 * built-in catalog), so that no action list is typed by hand and new actions are asked about as
 * soon as the catalog knows them.
 */
public final class ActionSelection {

    private ActionSelection() {}

    /**
     * Every action of {@code service} with one of the access levels ({@code "all"}, or AWS's words
     * separated by commas: {@code "Write, Permissions management, Tagging"}), in catalog order.
     * An unknown service or level is an error in the rule book, never an empty list.
     */
    public static List<String> select(IamCatalog catalog, String service, String levels) {
        return select(catalog, service, levels, "any");
    }

    /**
     * As {@link #select(IamCatalog, String, String)}, keeping only actions that apply to one of the
     * resource types named ({@code "role"}, {@code "bucket, object"}; {@code "any"} keeps all). A type
     * the service does not have is an error in the rule book.
     */
    public static List<String> select(IamCatalog catalog, String service, String levels, String resourceTypes) {
        Service s = catalog.service(service.trim()).orElseThrow(() ->
                new IllegalArgumentException("the IAM catalog has no service '" + service + "'"));
        Set<AccessLevel> wanted = levels(levels);
        Set<String> types = types(s, resourceTypes);
        List<String> out = new ArrayList<>();
        for (Action a : s.actions()) {
            boolean typed = types.isEmpty() || a.resourceTypes().stream().anyMatch(t -> types.contains(t.name()));
            if (typed && a.accessLevels().stream().anyMatch(wanted::contains)) {
                out.add(a.fullName());
            }
        }
        return out;
    }

    private static Set<String> types(Service s, String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        if (text.trim().equalsIgnoreCase("any")) {
            return out;
        }
        for (String part : text.split(",")) {
            String name = part.trim();
            out.add(s.resourceType(name).orElseThrow(() -> new IllegalArgumentException("the IAM catalog has no resource type '"
                    + name + "' in " + s.prefix())).name());
        }
        return out;
    }

    private static Set<AccessLevel> levels(String text) {
        if (text.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(AccessLevel.class);
        }
        Set<AccessLevel> out = EnumSet.noneOf(AccessLevel.class);
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            AccessLevel level = null;
            for (AccessLevel l : AccessLevel.values()) {
                if (l.text().toLowerCase(Locale.ROOT).equals(p)) {
                    level = l;
                }
            }
            if (level == null) {
                throw new IllegalArgumentException("unknown access level '" + part.trim()
                        + "': use List, Read, Write, Permissions management, Tagging or all");
            }
            out.add(level);
        }
        return out;
    }
}
