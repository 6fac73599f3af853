package dev.keyless.policy.lint.checks;

import dev.keyless.policy.lint.CheckContext;
import dev.keyless.policy.lint.ValueFact;

import java.util.Locale;

/**
 * One Action or NotAction string as the action checks see it, worked out once per validation
 * ({@link #of}): its parts and whether the catalog knows its service. Five checks ask about every
 * value, and the same value often appears in several statements.
 */
final class ActionValue {

    private static final ValueFact<ActionValue> FACT = ValueFact.of((context, value) -> new ActionValue(value));
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final ActionName name;
    private String lowerService;
    private byte serviceExists = UNKNOWN;
    private byte serviceExistsIgnoringCase = UNKNOWN;

    private ActionValue(String text) {
        this.name = ActionName.parse(text).orElse(null);
    }

    static ActionValue of(CheckContext context, String value) {
        return context.fact(FACT, value);
    }

    /** The parts; null for {@code *} and for a value without a service prefix. */
    ActionName name() {
        return name;
    }

    /** See {@link ActionName#namesOneService}. */
    boolean namesOneService() {
        return name != null && !name.serviceHasWildcard();
    }

    /** The service prefix in lower case; only when {@link #name()} is not null. */
    String lowerService() {
        if (lowerService == null) {
            lowerService = name.service().toLowerCase(Locale.ROOT);
        }
        return lowerService;
    }

    /** The catalog has a service with exactly this prefix ({@code S3} is not {@code s3}); only when {@link #name()} is not null. */
    boolean serviceExists(CheckContext context) {
        if (serviceExists == UNKNOWN) {
            serviceExists = context.catalog().service(name.service()).isPresent() ? YES : NO;
        }
        return serviceExists == YES;
    }

    /** The catalog has a service with this prefix in any case; only when {@link #name()} is not null. */
    boolean serviceExistsIgnoringCase(CheckContext context) {
        if (serviceExistsIgnoringCase == UNKNOWN) {
            serviceExistsIgnoringCase = context.catalog().serviceIgnoringCase(name.service()).isPresent() ? YES : NO;
        }
        return serviceExistsIgnoringCase == YES;
    }
}
