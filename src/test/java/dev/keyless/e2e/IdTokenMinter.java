package dev.keyless.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * Google ID tokens shaped as the metadata server mints them for a VM's service account
 * ({@code service-accounts/default/identity?audience=AUD&format=full}): an RS256 JWT with
 * {@code iss} {@code https://accounts.google.com}, {@code aud} = the requested audience,
 * {@code azp} = {@code sub} = the account's unique id, {@code email}, an hour of life and the
 * {@code google.compute_engine} block of {@code format=full} (shared/reference/federation-facts.md).
 * Signed with a key made for this JVM alone: AWS would verify the signature against Google's JWKS;
 * nothing here can, and moto does not try (docs/live-mode.md).
 */
record IdTokenMinter(String serviceAccountId, String email, String instanceName) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final KeyPair KEY = newKey();
    private static final String KEY_ID = "keyless-test-" + Integer.toHexString(KEY.getPublic().hashCode());

    String mint(String audience, Instant now) {
        ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("kid", KEY_ID).put("typ", "JWT");
        ObjectNode claims = JSON.createObjectNode().put("aud", audience).put("azp", serviceAccountId).put("email", email)
                .put("email_verified", true).put("exp", now.getEpochSecond() + 3600).put("iat", now.getEpochSecond())
                .put("iss", "https://accounts.google.com").put("sub", serviceAccountId);
        claims.putObject("google").putObject("compute_engine").put("instance_id", "7878931262828345128")
                .put("instance_name", instanceName).put("project_id", "keyless-example").put("project_number", 123456789012L)
                .put("zone", "us-east4-c");
        String signed = part(header) + "." + part(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(KEY.getPrivate());
            rsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(ObjectNode node) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
