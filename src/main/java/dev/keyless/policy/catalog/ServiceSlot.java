package dev.keyless.policy.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One service of the catalog: its directory entry at once, its records and lookup indexes when a
 * lookup first needs them. Loading is once per service, under the slot's lock; the loaded state is
 * immutable and published through a volatile field.
 */
final class ServiceSlot {

    /**
     * A loaded service with its lower-case action names and key index. {@code namesSorted} says
     * whether {@code lowerNames} is in ascending order (the reference lists actions by name), which
     * lets a pattern with a literal start find its range by binary search.
     */
    record Loaded(Service service, String[] lowerNames, String[] lowerFullNames, Map<String, Action> byLowerName,
                  KeyIndex keys, boolean namesSorted) {
    }

    final CatalogFile.Entry entry;
    final String lowerPrefix;
    private final CatalogFile file;
    private final ArnFormats formats;
    private volatile Loaded loaded;

    ServiceSlot(CatalogFile.Entry entry, CatalogFile file, ArnFormats formats) {
        this.entry = entry;
        this.lowerPrefix = entry.prefix().toLowerCase(Locale.ROOT);
        this.file = file;
        this.formats = formats;
    }

    Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    l = load();
                    loaded = l;
                }
            }
        }
        return l;
    }

    Service service() {
        return loaded().service();
    }

    private Loaded load() {
        Service s = file.readService(entry, formats);
        List<Action> actions = s.actions();
        String[] names = new String[actions.size()];
        String[] fullNames = new String[names.length];
        Map<String, Action> byName = new HashMap<>(names.length * 2);
        String head = lowerPrefix.concat(":");
        boolean sorted = true;
        for (int i = 0; i < names.length; i++) {
            names[i] = actions.get(i).name().toLowerCase(Locale.ROOT);
            fullNames[i] = head.concat(names[i]);
            byName.put(names[i], actions.get(i));
            sorted &= i == 0 || names[i - 1].compareTo(names[i]) <= 0;
        }
        KeyIndex keys = new KeyIndex();
        for (ConditionKey k : s.conditionKeys()) {
            keys.add(k);
        }
        return new Loaded(s, names, fullNames, byName, keys, sorted);
    }
}
