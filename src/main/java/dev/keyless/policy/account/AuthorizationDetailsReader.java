package dev.keyless.policy.account;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the output of {@code aws iam get-account-authorization-details} (the response of IAM's
 * GetAccountAuthorizationDetails): {@code UserDetailList}, {@code GroupDetailList},
 * {@code RoleDetailList}, {@code Policies}, {@code IsTruncated}, {@code Marker}. Strict where it
 * matters: a member given twice in an object keyless reads, or a list or name of the wrong JSON type,
 * makes the file unreadable ({@link AuthorizationDetailsException}, with the line). Members it does
 * not need (dates, tags, instance profiles) are skipped. Each policy document is kept exactly as the
 * file holds it (the characters of the JSON object, or the URL-decoded string), so that findings point
 * into the text that was judged, and a defect inside a document (a duplicate key) is a finding, not
 * an unreadable file.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html">GetAccountAuthorizationDetails</a>
 */
public final class AuthorizationDetailsReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    private final String json;
    private final JsonParser p;

    private AuthorizationDetailsReader(String json, JsonParser p) {
        this.json = json;
        this.p = p;
    }

    /** The file's content, or {@link AuthorizationDetailsException} saying what is wrong and where. */
    public static AuthorizationDetails read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            return new AuthorizationDetailsReader(json, p).top();
        } catch (JsonProcessingException e) {
            throw new AuthorizationDetailsException("not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new AuthorizationDetailsException("cannot read it: " + e.getMessage());
        }
    }

    private AuthorizationDetails top() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw fail("the file must be a JSON object, the output of aws iam get-account-authorization-details");
        }
        List<Principal> principals = new ArrayList<>();
        List<ManagedPolicy> policies = new ArrayList<>();
        boolean truncated = false;
        boolean any = false;
        Set<String> seen = new HashSet<>();
        while (next(seen)) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "UserDetailList" -> list(() -> principals.add(principal(Principal.Type.USER)));
                case "GroupDetailList" -> list(() -> principals.add(principal(Principal.Type.GROUP)));
                case "RoleDetailList" -> list(() -> principals.add(principal(Principal.Type.ROLE)));
                case "Policies" -> list(() -> policies.add(policy()));
                case "IsTruncated" -> truncated = p.currentToken() == JsonToken.VALUE_TRUE;
                default -> p.skipChildren();
            }
            any |= name.endsWith("DetailList") || name.equals("Policies");
        }
        if (!any) {
            throw fail("none of UserDetailList, GroupDetailList, RoleDetailList or Policies is in the file: it is not the"
                    + " output of aws iam get-account-authorization-details");
        }
        if (p.nextToken() != null) {
            throw fail("unexpected content after the top-level object");
        }
        return new AuthorizationDetails(principals, policies, truncated);
    }

    private Principal principal(Principal.Type type) throws IOException {
        expect(JsonToken.START_OBJECT, "an entry of the " + type.name().toLowerCase() + " list");
        String prefix = type == Principal.Type.USER ? "User" : type == Principal.Type.GROUP ? "Group" : "Role";
        String name = null;
        String arn = null;
        List<String> attached = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Raw> inline = new ArrayList<>();
        Raw trust = null;
        Set<String> seen = new HashSet<>();
        while (next(seen)) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals(prefix + "Name")) {
                name = string(member);
            } else if (member.equals("Arn")) {
                arn = string(member);
            } else if (member.equals("AttachedManagedPolicies")) {
                list(() -> attached.add(attachedArn()));
            } else if (member.equals("GroupList") && type == Principal.Type.USER) {
                list(() -> groups.add(string("GroupList entry")));
            } else if (member.equals(prefix + "PolicyList")) {
                list(() -> inline.add(inlinePolicy()));
            } else if (member.equals("AssumeRolePolicyDocument") && type == Principal.Type.ROLE) {
                trust = document();
            } else {
                p.skipChildren();
            }
        }
        if (name == null || arn == null) {
            throw fail("a " + type.name().toLowerCase() + " without " + prefix + "Name or Arn");
        }
        List<AccountDocument> documents = new ArrayList<>();
        if (type == Principal.Type.ROLE) {
            if (trust == null) {
                documents.add(new AccountDocument(AccountDocument.Kind.TRUST, arn, "role " + name, "trust policy",
                        Optional.empty(), Optional.of("the role has no AssumeRolePolicyDocument in the file")));
            } else {
                documents.add(trust.as(AccountDocument.Kind.TRUST, arn, "role " + name, "trust policy"));
            }
        }
        for (Raw r : inline) {
            documents.add(r.as(AccountDocument.Kind.INLINE, arn, type.name().toLowerCase() + " " + name, "inline policy " + r.name));
        }
        return new Principal(type, name, arn, attached, groups, documents);
    }

    private ManagedPolicy policy() throws IOException {
        expect(JsonToken.START_OBJECT, "an entry of Policies");
        String name = null;
        String arn = null;
        String defaultVersion = null;
        List<Raw> versions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (next(seen)) {
            String member = p.currentName();
            p.nextToken();
            switch (member) {
                case "PolicyName" -> name = string(member);
                case "Arn" -> arn = string(member);
                case "DefaultVersionId" -> defaultVersion = string(member);
                case "PolicyVersionList" -> list(() -> versions.add(version()));
                default -> p.skipChildren();
            }
        }
        if (name == null || arn == null || defaultVersion == null) {
            throw fail("a managed policy without PolicyName, Arn or DefaultVersionId");
        }
        String holder = "managed policy " + name;
        AccountDocument document = null;
        for (Raw v : versions) {
            if (v.name.equals(defaultVersion)) {
                document = v.as(AccountDocument.Kind.MANAGED, arn, holder, "default version " + defaultVersion);
            }
        }
        if (document == null) {
            document = new AccountDocument(AccountDocument.Kind.MANAGED, arn, holder, "default version " + defaultVersion,
                    Optional.empty(), Optional.of("the file lists no version " + defaultVersion
                    + " (its DefaultVersionId) in PolicyVersionList"));
        }
        return new ManagedPolicy(name, arn, defaultVersion, versions.size(), Optional.of(document));
    }

    /** A document as read: its name (policy name or version id) and its text, or why there is none. */
    private record Raw(String name, String text, String problem) {
        AccountDocument as(AccountDocument.Kind kind, String holder, String holderName, String what) {
            return new AccountDocument(kind, holder, holderName, what, Optional.ofNullable(text), Optional.ofNullable(problem));
        }
    }

    private Raw inlinePolicy() throws IOException {
        expect(JsonToken.START_OBJECT, "an inline policy entry");
        String name = null;
        Raw doc = null;
        Set<String> seen = new HashSet<>();
        while (next(seen)) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals("PolicyName")) {
                name = string(member);
            } else if (member.equals("PolicyDocument")) {
                doc = document();
            } else {
                p.skipChildren();
            }
        }
        if (name == null || doc == null) {
            throw fail("an inline policy without PolicyName or PolicyDocument");
        }
        return new Raw(name, doc.text, doc.problem);
    }

    private Raw version() throws IOException {
        expect(JsonToken.START_OBJECT, "a PolicyVersionList entry");
        String id = null;
        Raw doc = null;
        Set<String> seen = new HashSet<>();
        while (next(seen)) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals("VersionId")) {
                id = string(member);
            } else if (member.equals("Document")) {
                doc = document();
            } else {
                p.skipChildren();
            }
        }
        if (id == null) {
            throw fail("a policy version without VersionId");
        }
        return doc == null ? new Raw(id, null, "the version has no Document in the file") : new Raw(id, doc.text, doc.problem);
    }

    private String attachedArn() throws IOException {
        expect(JsonToken.START_OBJECT, "an AttachedManagedPolicies entry");
        String arn = null;
        Set<String> seen = new HashSet<>();
        while (next(seen)) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals("PolicyArn")) {
                arn = string(member);
            } else {
                p.skipChildren();
            }
        }
        if (arn == null) {
            throw fail("an attached managed policy without PolicyArn");
        }
        return arn;
    }

    /** The document at the current token: an object's characters as written, or a (URL-encoded) string decoded. */
    private Raw document() throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            int start = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getCharOffset();
            return new Raw(null, json.substring(start, end), null);
        }
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            try {
                return new Raw(null, PolicyText.decode(p.getText()), null);
            } catch (IllegalArgumentException e) {
                return new Raw(null, null, "its URL-encoded document cannot be decoded: " + e.getMessage());
            }
        }
        p.skipChildren();
        return new Raw(null, null, "its document is neither a JSON object nor a string (line " + line() + ")");
    }

    private interface Item {
        void read() throws IOException;
    }

    private void list(Item item) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw fail("\"" + p.currentName() + "\" must be a list");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            item.read();
        }
    }

    /** Moves to the next member of the current object; false at its end. A repeated member is refused. */
    private boolean next(Set<String> seen) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return false;
        }
        if (!seen.add(p.currentName())) {
            throw fail("the member \"" + p.currentName() + "\" appears twice in one object; JSON readers keep one of the"
                    + " two, so what is judged and what AWS holds could differ");
        }
        return true;
    }

    private String string(String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fail("\"" + what + "\" must be a string");
        }
        return p.getText();
    }

    private void expect(JsonToken token, String what) {
        if (p.currentToken() != token) {
            throw fail(what + " must be a JSON object");
        }
    }

    private long line() {
        return p.currentTokenLocation().getLineNr();
    }

    private AuthorizationDetailsException fail(String message) {
        return new AuthorizationDetailsException(message + " (line " + line() + ")");
    }
}
