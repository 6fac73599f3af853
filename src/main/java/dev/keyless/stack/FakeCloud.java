package dev.keyless.stack;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one place that invents what AWS and GCP would assign when the program runs under mocks.
 * Every value is deterministic (derived from the resource's type and logical name by SHA-256), shaped
 * like the real thing, and unmistakably fake:
 * <ul>
 *   <li>AWS account {@value #ACCOUNT_ID} (AWS's documentation account);</li>
 *   <li>auto-names: {@code LOGICAL-NAME-} + 7 hex characters, as Pulumi auto-names;</li>
 *   <li>service account: email {@code ID@PROJECT.iam.gserviceaccount.com}, unique id {@code 1} + 20
 *       digits (21 digits, like Google's numeric ids); an existing account looked up by email gets one too;</li>
 *   <li>bucket: the prefix + {@value #BUCKET_SUFFIX} (26 characters, like the provider's suffix);
 *       ARN {@code arn:aws:s3:::NAME};</li>
 *   <li>role: ARN {@code arn:aws:iam::123456789012:role/NAME}, unique id {@code AROA} + 17 characters;
 *       policy: {@code arn:aws:iam::123456789012:policy/NAME}, policy id {@code ANPA} + 17;</li>
 *   <li>Compute Engine resources: ids {@code projects/PROJECT/...}, self links under
 *       {@code https://www.googleapis.com/compute/v1/}, instance id 19 digits.</li>
 * </ul>
 */
public final class FakeCloud {

    public static final String ACCOUNT_ID = "123456789012";
    public static final String BUCKET_SUFFIX = "20260101000000000000000001";
    public static final String CREATE_DATE = "2026-01-01T00:00:00Z";
    public static final String AWS_PROVIDER_ID = "00000000-0000-4000-8000-00000000a35a";
    public static final String GCP_PROVIDER_ID = "00000000-0000-4000-8000-0000000009cb";
    private static final String COMPUTE = "https://www.googleapis.com/compute/v1/";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /** What the fake cloud answered: the id, the whole output state, and the values it invented. */
    public record Created(String id, Map<String, Object> state, Set<String> invented) {}

    private final String gcpProject;
    private final String awsRegion;

    public FakeCloud(String gcpProject, String awsRegion) {
        this.gcpProject = gcpProject;
        this.awsRegion = awsRegion;
    }

    public Created create(String type, String name, Map<String, Object> inputs) {
        var out = new Builder(inputs);
        switch (type) {
            case "gcp:serviceaccount/account:Account" -> {
                String email = inputs.get("accountId") + "@" + gcpProject + ".iam.gserviceaccount.com";
                out.invent("email", email);
                out.invent("uniqueId", "1" + digits(type + name, 20));
                out.put("member", "serviceAccount:" + email).put("project", gcpProject);
                out.id(out.invent("name", "projects/" + gcpProject + "/serviceAccounts/" + email));
            }
            case "gcp:compute/network:Network" -> compute(out, type, name, "global/networks");
            case "gcp:compute/firewall:Firewall" -> compute(out, type, name, "global/firewalls");
            case "gcp:compute/subnetwork:Subnetwork" -> compute(out, type, name, "regions/" + inputs.get("region") + "/subnetworks");
            case "gcp:compute/router:Router" -> compute(out, type, name, "regions/" + inputs.get("region") + "/routers");
            case "gcp:compute/routerNat:RouterNat" -> {
                String nat = out.invent("name", out.inputOr("name", autoName(type, name)));
                out.id(gcpProject + "/" + inputs.get("region") + "/" + inputs.get("router") + "/" + nat);
            }
            case "gcp:compute/instance:Instance" -> {
                compute(out, type, name, "zones/" + inputs.get("zone") + "/instances");
                out.invent("instanceId", "7" + digits(type + name, 18));
                out.put("currentStatus", "RUNNING");
            }
            case "aws:s3/bucketV2:BucketV2" -> {
                String bucket = out.invent("bucket", inputs.containsKey("bucket") ? String.valueOf(inputs.get("bucket"))
                        : inputs.containsKey("bucketPrefix") ? inputs.get("bucketPrefix") + BUCKET_SUFFIX
                        : autoName(type, name));
                out.id(bucket);
                out.invent("arn", "arn:aws:s3:::" + bucket);
                out.put("region", awsRegion).put("bucketDomainName", bucket + ".s3.amazonaws.com")
                        .put("bucketRegionalDomainName", bucket + ".s3." + awsRegion + ".amazonaws.com");
            }
            case "aws:iam/role:Role" -> {
                String role = out.invent("name", out.inputOr("name", autoName(type, name)));
                out.id(role);
                out.invent("arn", "arn:aws:iam::" + ACCOUNT_ID + ":role/" + role);
                out.invent("uniqueId", "AROA" + letters(type + name, 17));
                out.put("path", "/").put("createDate", CREATE_DATE);
            }
            case "aws:iam/policy:Policy" -> {
                String policy = out.invent("name", out.inputOr("name", autoName(type, name)));
                out.id(out.invent("arn", "arn:aws:iam::" + ACCOUNT_ID + ":policy/" + policy));
                out.invent("policyId", "ANPA" + letters(type + name, 17));
                out.put("path", "/");
            }
            case "aws:iam/rolePolicyAttachment:RolePolicyAttachment" -> out.id(inputs.get("role") + "-" + BUCKET_SUFFIX);
            default -> out.id(inputs.containsKey("bucket") ? String.valueOf(inputs.get("bucket")) : autoName(type, name));
        }
        return new Created(out.id, out.state, out.invented);
    }

    /**
     * What {@code gcp:serviceaccount/getAccount} answers for an account that exists outside the stack,
     * named by its email: the same shape as a created account, a unique id derived from the email.
     */
    public Map<String, Object> existingServiceAccount(String email) {
        int at = email.indexOf('@');
        String domain = email.substring(at + 1);
        String project = domain.endsWith(".iam.gserviceaccount.com")
                ? domain.substring(0, domain.length() - ".iam.gserviceaccount.com".length()) : gcpProject;
        String name = "projects/" + project + "/serviceAccounts/" + email;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accountId", email.substring(0, Math.max(at, 0)));
        out.put("displayName", "");
        out.put("email", email);
        out.put("id", name);
        out.put("member", "serviceAccount:" + email);
        out.put("name", name);
        out.put("project", project);
        out.put("uniqueId", "1" + digits("existing service account " + email, 20));
        return out;
    }

    private void compute(Builder out, String type, String name, String collection) {
        String resource = out.invent("name", out.inputOr("name", autoName(type, name)));
        String id = "projects/" + gcpProject + "/" + collection + "/" + resource;
        out.id(id);
        out.invent("selfLink", COMPUTE + id);
        out.put("project", gcpProject);
    }

    /** Pulumi's auto-naming: the logical name, a hyphen, 7 random hex characters (here: hashed). */
    static String autoName(String type, String name) {
        return name + "-" + hash(type + "::" + name).toString(16).substring(0, 7);
    }

    private static String digits(String seed, int count) {
        String d = hash(seed).mod(BigInteger.TEN.pow(count)).toString();
        return "0".repeat(count - d.length()) + d;
    }

    private static String letters(String seed, int count) {
        BigInteger h = hash(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(ALNUM.charAt(h.shiftRight(5 * i).intValue() & 31));
        }
        return sb.toString();
    }

    private static BigInteger hash(String seed) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return new BigInteger(1, d).setBit(255);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final class Builder {
        private final Map<String, Object> inputs;
        private final Map<String, Object> state;
        private final Set<String> invented = new LinkedHashSet<>();
        private String id;

        Builder(Map<String, Object> inputs) {
            this.inputs = inputs;
            this.state = new LinkedHashMap<>(inputs);
        }

        String inputOr(String key, String fallback) {
            Object v = inputs.get(key);
            return v == null ? fallback : String.valueOf(v);
        }

        Builder put(String key, Object value) {
            state.put(key, value);
            return this;
        }

        /** A value the cloud made up: other resources that mention it depend on this one. */
        String invent(String key, String value) {
            state.put(key, value);
            if (!inputs.containsKey(key)) {
                invented.add(value);
            }
            return value;
        }

        void id(String value) {
            this.id = value;
            if (!inputs.containsValue(value)) {
                invented.add(value);
            }
        }
    }
}
