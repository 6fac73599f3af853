package dev.keyless.policy.catalog;

import java.util.HashSet;
import java.util.Set;

/**
 * The catalog's distinct ARN formats, compiled on first use. A format's trailing variable stops at
 * {@code /} when another format continues it with {@code /} (see {@link ArnFormat}); the shapes
 * compared include the whole ARN up to there, so only formats of one ARN service can continue
 * each other, whichever service's page lists them.
 */
final class ArnFormats {

    private final String[] templates;
    private final ArnFormat[] compiled;
    private Set<String> continued;

    ArnFormats(String[] templates) {
        this.templates = templates;
        this.compiled = new ArnFormat[templates.length];
    }

    synchronized ArnFormat get(int index) {
        ArnFormat f = compiled[index];
        if (f == null) {
            f = ArnFormat.compile(templates[index], continued().contains(ArnFormat.shape(templates[index])));
            compiled[index] = f;
        }
        return f;
    }

    private Set<String> continued() {
        if (continued == null) {
            continued = new HashSet<>();
            for (String template : templates) {
                String shape = ArnFormat.shape(template);
                for (int k = 1; k < shape.length(); k++) {
                    if (shape.charAt(k) == '/' && ArnFormat.endsWithVariable(shape.substring(0, k))) {
                        continued.add(shape.substring(0, k));
                    }
                }
            }
        }
        return continued;
    }
}
