package dev.keyless.compliance.google;

import dev.keyless.stack.StackResource;
import dev.keyless.stack.StackSnapshot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service accounts whose Google ID tokens open an AWS role of the stack: the accounts of the stack
 * whose unique id a trust policy pins (or the {@code serviceAccountUniqueId} output names). When no
 * account can be tied to a trust policy, every account of the stack counts, so that a broken trust
 * never shrinks what the Google-side rules look at.
 */
public final class WorkloadAccounts {

    /** A service account of the stack as other resources can name it. */
    public record Account(StackResource resource, Optional<String> email, Optional<String> uniqueId,
                          Optional<String> project) {

        public String label() {
            return "service account " + email.orElse(resource.name());
        }
    }

    /** What a reference to a service account ({@code serviceAccountId}, a resource name) points at. */
    public enum Target { OURS, OTHER, UNKNOWN }

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.gserviceaccount\\.com");
    private static final Pattern ID_PATH = Pattern.compile("serviceAccounts/([0-9]+)(?![0-9])");

    private final List<Account> accounts;
    private final List<Pattern> ids;

    private WorkloadAccounts(List<Account> accounts) {
        this.accounts = accounts;
        this.ids = accounts.stream().map(a -> a.uniqueId().map(WorkloadAccounts::wholeNumber).orElse(null)).toList();
    }

    /** @param federatedIds the unique ids trust policies pin ({@code :aud}, {@code :sub}) or the outputs name */
    public static WorkloadAccounts of(StackSnapshot stack, Set<String> federatedIds) {
        List<Account> all = stack.resources().stream().filter(r -> GcpTypes.SERVICE_ACCOUNTS.contains(r.type()))
                .map(WorkloadAccounts::account).toList();
        List<Account> federated = all.stream().filter(a -> a.uniqueId().filter(federatedIds::contains).isPresent()).toList();
        return new WorkloadAccounts(federated.isEmpty() ? all : federated);
    }

    private static Account account(StackResource r) {
        Optional<String> email = r.string("email");
        Optional<String> project = r.string("project").or(() -> email.flatMap(WorkloadAccounts::projectOf));
        return new Account(r, email, r.string("uniqueId"), project);
    }

    /** {@code NAME@PROJECT.iam.gserviceaccount.com} lives in PROJECT. */
    private static Optional<String> projectOf(String email) {
        int at = email.indexOf('@');
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        return domain.endsWith(".iam.gserviceaccount.com")
                ? Optional.of(domain.substring(0, domain.length() - ".iam.gserviceaccount.com".length()))
                : Optional.empty();
    }

    public List<Account> accounts() {
        return accounts;
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    /** The projects the accounts live in, where known. */
    public Set<String> projects() {
        return accounts.stream().map(Account::project).flatMap(Optional::stream).collect(java.util.stream.Collectors.toSet());
    }

    /** The account {@code text} names by email (any case) or by unique id (as a whole number), if any. */
    public Optional<Account> mentions(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            Pattern id = ids.get(i);
            if (a.email().filter(e -> lower.contains(e.toLowerCase(Locale.ROOT))).isPresent()
                    || (id != null && id.matcher(text).find())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a reference names one of ours, another account, or nothing keyless can tell: a bare account
     * id, an empty or computed value. Rules count an unknown target as ours (fail closed).
     */
    public Target target(Optional<String> reference) {
        if (reference.isEmpty() || reference.get().isBlank()) {
            return Target.UNKNOWN;
        }
        String r = reference.get();
        if (mentions(r).isPresent()) {
            return Target.OURS;
        }
        if (EMAIL.matcher(r).find() || ID_PATH.matcher(r).find()) {
            return Target.OTHER;
        }
        return Target.UNKNOWN;
    }

    /** {@code id} with no digit right before or after it: 1059 is not inside 21059. */
    private static Pattern wholeNumber(String id) {
        return id.isEmpty() ? null : Pattern.compile("(?<![0-9])" + Pattern.quote(id) + "(?![0-9])");
    }
}
