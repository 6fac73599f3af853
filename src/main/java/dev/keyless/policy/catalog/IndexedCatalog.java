package dev.keyless.policy.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog behind {@link IamCatalog}: directory indexes built at load, each service read when
 * first needed ({@link ServiceSlot}). Nothing observable changes after construction.
 */
final class IndexedCatalog implements IamCatalog {

    private static final String GLOBAL_PREFIX = "aws:";

    private final CatalogSource source;
    private final List<ServiceSlot> slots = new ArrayList<>();
    private final Map<String, ServiceSlot> byPrefix = new HashMap<>();
    private final Map<String, ServiceSlot> byLowerPrefix = new HashMap<>();
    private final Map<String, List<ServiceSlot>> keyOwners = new HashMap<>();
    private final Map<String, List<ServiceSlot>> variableKeyOwners = new HashMap<>();
    private final List<KeyNameTemplate> variableKeyPrefixes = new ArrayList<>();
    private final Map<String, List<ServiceSlot>> arnServiceOwners = new HashMap<>();
    private final List<ConditionKey> globals;
    private final KeyIndex globalKeys = new KeyIndex();
    private final Map<String, ArnServiceRules> arnRules = new ConcurrentHashMap<>();
    private volatile List<Service> allServices;

    // Loops rather than lambdas here: this runs once, in a cold JVM, on the load's clock.
    IndexedCatalog(CatalogFile file) {
        this.source = file.source;
        this.globals = List.copyOf(file.globals);
        for (ConditionKey k : globals) {
            globalKeys.add(k);
        }
        ArnFormats formats = new ArnFormats(file.arnTemplates);
        for (CatalogFile.Entry e : file.entries) {
            ServiceSlot slot = new ServiceSlot(e, file, formats);
            slots.add(slot);
            byPrefix.put(e.prefix(), slot);
            byLowerPrefix.put(slot.lowerPrefix, slot);
            listIn(keyOwners, slot.lowerPrefix).add(slot);
            for (String p : e.keyPrefixes()) {
                String lower = p.toLowerCase(Locale.ROOT);
                List<ServiceSlot> owners = KeyNameTemplate.ofServiceKey(p).hasVariable()
                        ? listIn(variableKeyOwners, lower) : listIn(keyOwners, lower);
                if (!owners.contains(slot)) {
                    owners.add(slot);
                }
            }
            for (String arn : e.arnServices()) {
                // A variable service field (Backup's ${Vendor}) stands for the service's own prefix here.
                String owner = arn.contains("${") || arn.contains("*") ? e.prefix() : arn;
                List<ServiceSlot> owners = listIn(arnServiceOwners, owner);
                if (!owners.contains(slot)) {
                    owners.add(slot);
                }
            }
        }
        for (String prefix : variableKeyOwners.keySet()) {
            variableKeyPrefixes.add(KeyNameTemplate.ofServiceKey(prefix));
        }
    }

    private static List<ServiceSlot> listIn(Map<String, List<ServiceSlot>> map, String key) {
        List<ServiceSlot> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>(1);
            map.put(key, list);
        }
        return list;
    }

    @Override
    public CatalogSource source() {
        return source;
    }

    @Override
    public List<Service> services() {
        List<Service> all = allServices;
        if (all == null) {
            List<Service> loaded = new ArrayList<>(slots.size());
            for (ServiceSlot slot : slots) {
                loaded.add(slot.service());
            }
            all = List.copyOf(loaded);
            allServices = all;
        }
        return all;
    }

    @Override
    public Optional<Service> service(String prefix) {
        ServiceSlot slot = byPrefix.get(prefix);
        return slot == null ? Optional.empty() : Optional.of(slot.service());
    }

    @Override
    public Optional<Service> serviceIgnoringCase(String prefix) {
        ServiceSlot slot = byLowerPrefix.get(prefix.toLowerCase(Locale.ROOT));
        return slot == null ? Optional.empty() : Optional.of(slot.service());
    }

    @Override
    public Optional<Action> action(String fullName) {
        return Optional.ofNullable(actionByLowerName(fullName.toLowerCase(Locale.ROOT)));
    }

    private Action actionByLowerName(String lower) {
        int colon = lower.indexOf(':');
        ServiceSlot slot = colon < 0 ? null : byLowerPrefix.get(lower.substring(0, colon));
        return slot == null ? null : slot.loaded().byLowerName().get(lower.substring(colon + 1));
    }

    @Override
    public List<Action> expand(String actionPattern) {
        String pattern = actionPattern.toLowerCase(Locale.ROOT);
        if (!Wildcard.hasWildcard(pattern)) {
            Action one = actionByLowerName(pattern);
            return one != null ? List.of(one) : List.of();
        }
        int colon = pattern.indexOf(':');
        List<Action> hits = new ArrayList<>();
        if (colon >= 0 && !Wildcard.hasWildcard(pattern.substring(0, colon))) {
            ServiceSlot slot = byLowerPrefix.get(pattern.substring(0, colon));
            if (slot != null) {
                collectInService(slot.loaded(), pattern.substring(colon + 1), hits);
            }
            return hits;
        }
        for (ServiceSlot slot : slots) {
            collect(slot.loaded(), slot.loaded().lowerFullNames(), pattern, hits);
        }
        return hits;
    }

    /**
     * The actions of one service whose lower-case names match {@code pattern}. Names that match
     * start with the pattern's literal start, so with sorted names only that range is tried.
     */
    private static void collectInService(ServiceSlot.Loaded s, String pattern, List<Action> hits) {
        if (pattern.equals("*")) {
            hits.addAll(s.service().actions());
            return;
        }
        int wildcard = 0;
        while (wildcard < pattern.length() && pattern.charAt(wildcard) != '*' && pattern.charAt(wildcard) != '?') {
            wildcard++;
        }
        if (wildcard == 0 || !s.namesSorted()) {
            collect(s, s.lowerNames(), pattern, hits);
            return;
        }
        String start = pattern.substring(0, wildcard);
        String[] names = s.lowerNames();
        int i = java.util.Arrays.binarySearch(names, start);
        for (i = i < 0 ? -i - 1 : i; i < names.length && names[i].startsWith(start); i++) {
            if (Wildcard.matches(pattern, names[i])) {
                hits.add(s.service().actions().get(i));
            }
        }
    }

    @Override
    public boolean anyActionMatches(String actionPattern) {
        String pattern = actionPattern.toLowerCase(Locale.ROOT);
        int colon = pattern.indexOf(':');
        if (!Wildcard.hasWildcard(pattern) || colon < 0 || Wildcard.hasWildcard(pattern.substring(0, colon))) {
            return !expand(actionPattern).isEmpty();
        }
        ServiceSlot slot = byLowerPrefix.get(pattern.substring(0, colon));
        if (slot == null) {
            return false;
        }
        java.util.function.Predicate<String> matcher = Wildcard.matcher(pattern.substring(colon + 1));
        for (String name : slot.loaded().lowerNames()) {
            if (matcher.test(name)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(ServiceSlot.Loaded s, String[] names, String pattern, List<Action> hits) {
        java.util.function.Predicate<String> matcher = Wildcard.matcher(pattern);
        for (int i = 0; i < names.length; i++) {
            if (matcher.test(names[i])) {
                hits.add(s.service().actions().get(i));
            }
        }
    }

    @Override
    public Optional<String> suggestService(String unknownPrefix) {
        ServiceSlot sameLetters = byLowerPrefix.get(unknownPrefix.toLowerCase(Locale.ROOT));
        if (sameLetters != null) {
            return Optional.of(sameLetters.entry.prefix());
        }
        return Suggestions.closest(unknownPrefix, byPrefix.keySet());
    }

    @Override
    public Optional<String> suggestAction(String unknownFullName) {
        int colon = unknownFullName.indexOf(':');
        ServiceSlot slot = colon < 0 ? null : byLowerPrefix.get(unknownFullName.substring(0, colon).toLowerCase(Locale.ROOT));
        if (slot == null) {
            return Optional.empty();
        }
        String name = unknownFullName.substring(colon + 1);
        Optional<String> near = Suggestions.closest(name, java.util.Arrays.asList(slot.loaded().lowerNames()));
        if (near.isPresent()) {
            return Optional.of(slot.loaded().byLowerName().get(near.get()).fullName());
        }
        List<Action> elsewhere = new ArrayList<>();
        for (ServiceSlot other : slots) {
            Action a = other.loaded().byLowerName().get(name.toLowerCase(Locale.ROOT));
            if (a != null) {
                elsewhere.add(a);
            }
        }
        return elsewhere.size() == 1 ? Optional.of(elsewhere.get(0).fullName()) : Optional.empty();
    }

    @Override
    public List<ConditionKey> globalConditionKeys() {
        return globals;
    }

    @Override
    public Optional<ConditionKey> globalConditionKey(String key) {
        return globalKeys.find(key.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<ConditionKey> conditionKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.startsWith(GLOBAL_PREFIX)) {
            return globalKeys.find(lower);
        }
        int colon = lower.indexOf(':');
        if (colon > 0) {
            for (ServiceSlot owner : ownerSlots(lower.substring(0, colon))) {
                Optional<ConditionKey> found = owner.loaded().keys().find(lower);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        // A few global keys belong to a service prefix (ec2:SourceInstanceArn, glue:RoleAssumedBy).
        return globalKeys.find(lower);
    }

    @Override
    public List<Service> conditionKeyOwners(String prefix) {
        List<Service> owners = new ArrayList<>();
        for (ServiceSlot slot : ownerSlots(prefix.toLowerCase(Locale.ROOT))) {
            owners.add(slot.service());
        }
        return List.copyOf(owners);
    }

    /** Services whose keys have this prefix; a key prefix with a variable is tried only on a miss. */
    private Collection<ServiceSlot> ownerSlots(String lowerPrefix) {
        if (lowerPrefix.equals("aws")) {
            return List.of();
        }
        List<ServiceSlot> exact = keyOwners.get(lowerPrefix);
        if (exact != null) {
            return exact;
        }
        Set<ServiceSlot> owners = new LinkedHashSet<>();
        for (KeyNameTemplate t : variableKeyPrefixes) {
            if (t.matches(lowerPrefix)) {
                owners.addAll(variableKeyOwners.get(t.text()));
            }
        }
        return owners;
    }

    /**
     * The types of every service whose formats have this ARN service field. A format whose service
     * field is a variable counts for its own service's prefix: the reference writes Backup's recovery
     * point as {@code arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}},
     * because a recovery point of an EC2 or RDS backup has that service's ARN (each listed among that
     * service's own types), while one that Backup stores is {@code arn:aws:backup:…:recovery-point:…}
     * (AWS Backup Developer Guide, "Resource-based access policies"; AWS managed policies such as
     * AWSBackupServiceRolePolicyForBackup grant on {@code arn:aws:backup:*:*:recovery-point:*}). So
     * the variable is read as {@code backup} for {@code backup} ARNs, and not as every service.
     */
    @Override
    public Optional<ArnServiceRules> arnService(String arnService) {
        List<ServiceSlot> owners = arnServiceOwners.get(arnService);
        if (owners == null) {
            return Optional.empty();
        }
        return Optional.of(arnRules.computeIfAbsent(arnService, arn -> {
            List<ResourceType> types = new ArrayList<>();
            for (ServiceSlot slot : owners) {
                for (ResourceType t : slot.service().resourceTypes()) {
                    String field = t.arnFormat().serviceField();
                    if (arn.equals(field) || field == null && slot.entry.prefix().equals(arn)) {
                        types.add(t);
                    }
                }
            }
            return new ArnServiceRules(arn, types);
        }));
    }
}
