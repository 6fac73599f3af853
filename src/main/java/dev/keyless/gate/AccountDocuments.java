package dev.keyless.gate;

import dev.keyless.policy.account.AccountDocument;
import dev.keyless.policy.account.AuthorizationDetails;
import dev.keyless.policy.parse.PolicyReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account's documents as the gate and the reports see them: a role's trust policy is validated as
 * a role trust policy, inline policies and managed policies' default versions as identity policies.
 * The resource that holds a document is its holder's ARN (the principal, or the managed policy), which
 * is also what an exception names. A document the file holds in a form that cannot be read (a broken
 * URL encoding) is listed in {@code unreadable}, and so is a truncated file (one page of the answer):
 * both block.
 */
public record AccountDocuments(List<PolicyDocument> documents, Map<AccountDocument, String> ids, List<String> unreadable) {

    public static AccountDocuments of(AuthorizationDetails details) {
        List<PolicyDocument> documents = new ArrayList<>();
        Map<AccountDocument, String> ids = new IdentityHashMap<>();
        Map<String, Integer> used = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (AccountDocument d : details.documents()) {
            String base = (d.holderName() + "-" + d.name()).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
            int n = used.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "-" + n;
            ids.put(d, id);
            DocumentKind kind = d.kind() == AccountDocument.Kind.TRUST ? DocumentKind.TRUST : DocumentKind.ATTACHED;
            documents.add(new PolicyDocument(id, kind, d.holder(), Optional.empty(), d.label(), d.text().map(PolicyReader::read)));
            d.problem().ifPresent(p -> unreadable.add("unreadable policy document: " + d.label() + " (" + d.holder() + "): " + p));
        }
        if (details.truncated()) {
            unreadable.add("incomplete file: IsTruncated is true, so the account's other principals and policies are not in"
                    + " it and were not judged; pass the AWS CLI's output, which holds every page");
        }
        return new AccountDocuments(documents, ids, unreadable);
    }
}
