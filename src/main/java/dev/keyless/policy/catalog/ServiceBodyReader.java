package dev.keyless.policy.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one service's body from the catalog file into records. Written without lambdas or string
 * concatenation: their first use bootstraps invokedynamic, which costs a cold JVM dearly.
 */
final class ServiceBodyReader {

    private final CatalogFile file;
    private final CatalogFile.Cursor in;
    private final ArnFormats formats;
    private final List<ConditionKey> keys = new ArrayList<>();

    ServiceBodyReader(CatalogFile file, CatalogFile.Cursor in, ArnFormats formats) {
        this.file = file;
        this.in = in;
        this.formats = formats;
    }

    Service read(CatalogFile.Entry entry) {
        String prefix = entry.prefix();
        for (int n = in.varint(); n > 0; n--) {
            String name = in.string();
            keys.add(ConditionKey.ofService(name, ConditionKeyType.parse(in.string()), prefix));
        }
        List<ResourceType> types = new ArrayList<>();
        for (int n = in.varint(); n > 0; n--) {
            String name = in.string();
            ArnFormat format = formats.get(in.varint());
            types.add(new ResourceType(prefix, name, format, keys(in.indexes())));
        }
        List<Action> actions = new ArrayList<>();
        String lastLevelText = null;
        Set<AccessLevel> lastLevel = null;
        for (int n = in.varint(); n > 0; n--) {
            String name = in.string();
            String levelText = in.string();
            if (!levelText.equals(lastLevelText)) {
                lastLevelText = levelText;
                lastLevel = AccessLevel.parseAll(levelText);
            }
            int resourceCount = in.varint();
            List<ActionResource> resources = new ArrayList<>(resourceCount);
            for (int r = 0; r < resourceCount; r++) {
                ResourceType type = types.get(in.varint());
                boolean required = in.flag();
                resources.add(new ActionResource(type, required, keys(in.indexes()), in.strings()));
            }
            List<ConditionKey> actionKeys = keys(in.indexes());
            actions.add(new Action(prefix, name, lastLevel, resources, actionKeys, in.strings()));
        }
        return new Service(prefix, entry.name(), actions, types, keys);
    }

    private List<ConditionKey> keys(int[] indexes) {
        if (indexes.length == 0) {
            return List.of();
        }
        ConditionKey[] out = new ConditionKey[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = keys.get(indexes[i]);
        }
        return List.of(out);
    }
}
