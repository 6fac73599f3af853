package dev.keyless.gate;

import dev.keyless.UserError;
import dev.keyless.policy.finding.FindingType;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The finding types that block, as AWS's policy validators take them from
 * {@code --treat-finding-type-as-blocking}: ERROR and SECURITY_WARNING unless told otherwise.
 * {@code NONE} makes no finding type block (the rule book's other scenarios still do).
 */
public record BlockingTypes(Set<FindingType> types) {

    public static final BlockingTypes DEFAULT = new BlockingTypes(EnumSet.of(FindingType.ERROR, FindingType.SECURITY_WARNING));

    public BlockingTypes {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /** Parses {@code ERROR,SECURITY_WARNING} (any case, comma-separated); an unknown type is a user error. */
    public static BlockingTypes parse(String list) {
        Set<FindingType> out = EnumSet.noneOf(FindingType.class);
        for (String raw : list.split(",")) {
            String name = raw.trim().toUpperCase(Locale.ROOT);
            if (name.equals("NONE")) {
                continue;
            }
            try {
                out.add(FindingType.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new UserError("--treat-finding-type-as-blocking: unknown finding type '" + raw.trim()
                        + "'; use a comma-separated list of " + Arrays.stream(FindingType.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + ", or NONE");
            }
        }
        return new BlockingTypes(out);
    }

    public boolean blocks(FindingType type) {
        return types.contains(type);
    }

    /** Most severe first, as reports list them. */
    public List<String> names() {
        return Arrays.stream(FindingType.values()).filter(types::contains).map(Enum::name).toList();
    }
}
