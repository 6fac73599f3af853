package dev.keyless.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.io.InputException;
import dev.keyless.io.StrictYaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a stack's {@code Pulumi.<stack>.yaml} without Pulumi, so the program can be rendered and
 * judged offline with the settings a real stack would deploy. Only the {@code config:} map matters;
 * keys of other namespaces (other providers) are ignored, unknown keys of ours are refused so a
 * typo never silently falls back to a default.
 */
public final class StackConfigFile {

    /** The namespace the first drafts of keyless used; Pulumi cannot type it, so we point users on. */
    private static final String OLD_NAMESPACE = "keyless";

    private StackConfigFile() {}

    /** Parses the file's text; {@code source} names it in messages. */
    public static FederationSettings parse(String yamlText, String source) {
        return FederationSettings.fromValues(values(yamlText, source));
    }

    /** The config values that concern the program, by full key, as strings as Pulumi passes them. */
    public static Map<String, String> values(String yamlText, String source) {
        JsonNode root;
        try {
            root = StrictYaml.readTree(yamlText, source);
        } catch (InputException e) {
            throw new InvalidSettingsException(List.of(e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new InvalidSettingsException(List.of(source + ": not a Pulumi stack config file (expected a map with 'config:')"));
        }
        JsonNode config = root.path("config");
        if (config.isMissingNode() || config.isNull()) {
            return Map.of();
        }
        if (!config.isObject()) {
            throw new InvalidSettingsException(List.of(source + ": 'config' must be a map of KEY: VALUE"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : config.properties()) {
            read(e.getKey(), e.getValue(), source, values, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return values;
    }

    private static void read(String key, JsonNode value, String source, Map<String, String> values, List<String> problems) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            problems.add(source + ": config key '" + key + "' has no namespace (write " + Setting.PROJECT + ":" + key + ")");
            return;
        }
        String namespace = key.substring(0, colon);
        if (namespace.equals(OLD_NAMESPACE)) {
            problems.add(key + ": settings live in the project namespace; write " + Setting.PROJECT + key.substring(colon));
            return;
        }
        var setting = Setting.byKey(key);
        if (setting.isEmpty()) {
            if (namespace.equals(Setting.PROJECT)) {
                problems.add(key + ": unknown setting (known: " + knownProjectKeys() + ")");
            }
            return;
        }
        if (value.isObject() && value.has("secure")) {
            problems.add(key + ": is encrypted (secure:); keyless reads these settings in plain text");
        } else if (setting.get().type() == Setting.Type.ARRAY || setting.get().type() == Setting.Type.OBJECTS) {
            if (value.isArray()) {
                // Pulumi passes a structured setting to the program as JSON text; so does this reader.
                values.put(key, value.toString());
            } else {
                problems.add(key + ": must be a list, e.g. " + key + (setting.get().type() == Setting.Type.ARRAY
                        ? ": [\"ROLE MEMBER\"]" : ": [{name: reports, serviceAccountId: reports-reader}]"));
            }
        } else if (value.isContainerNode()) {
            problems.add(key + ": must be a single value, not a " + (value.isArray() ? "list" : "map"));
        } else if (value.isNull()) {
            problems.add(key + ": has no value");
        } else {
            values.put(key, value.asText());
        }
    }

    private static String knownProjectKeys() {
        List<String> keys = new ArrayList<>();
        for (Setting s : Setting.values()) {
            if (s.isProjectSetting()) {
                keys.add(s.settingName());
            }
        }
        return String.join(", ", keys);
    }
}
