package dev.keyless.policy.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.io.StrictJson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads a token's claims from either a JSON object of claims (a decoded payload) or a compact JWT
 * ({@code header.payload.signature}). A compact JWT is decoded, not verified: keyless has no network
 * and Google's keys rotate, so signature checking stays with STS. What can be judged offline is
 * judged: {@code alg: none} or an empty signature means an unsigned token.
 */
public final class TokenReader {

    /** A claim twice would be read one way here and another by STS: refused, as in every JSON input. */
    private static final ObjectMapper JSON = StrictJson.mapper();

    private TokenReader() {}

    public static GoogleIdToken read(String text) throws InvalidTokenException {
        String t = text.trim();
        if (t.startsWith("{")) {
            return fromClaims(parse(t, "token claims"), Optional.empty(), true);
        }
        String[] parts = t.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("the token is neither a JSON object of claims nor a compact JWT (header.payload.signature)");
        }
        JsonNode header = parse(decode(parts[0], "header"), "JWT header");
        JsonNode payload = parse(decode(parts[1], "payload"), "JWT payload");
        Optional<String> alg = text(header, "alg");
        boolean signed = !parts[2].isEmpty() && alg.filter(a -> !a.equalsIgnoreCase("none")).isPresent();
        return fromClaims(payload, alg, signed);
    }

    private static GoogleIdToken fromClaims(JsonNode claims, Optional<String> alg, boolean signed) throws InvalidTokenException {
        if (!claims.isObject()) {
            throw new InvalidTokenException("the token claims must be a JSON object");
        }
        List<String> aud = new ArrayList<>();
        JsonNode a = claims.get("aud");
        if (a != null && a.isArray()) {
            for (JsonNode n : a) {
                aud.add(n.asText());
            }
        } else if (a != null && a.isTextual()) {
            aud.add(a.asText());
        } else if (a != null) {
            throw new InvalidTokenException("the aud claim must be a string");
        }
        return new GoogleIdToken(text(claims, "iss"), aud, text(claims, "azp"), text(claims, "sub"),
                text(claims, "email"), alg, signed);
    }

    private static Optional<String> text(JsonNode n, String name) throws InvalidTokenException {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw new InvalidTokenException("the " + name + " claim must be a string");
        }
        return Optional.of(v.asText());
    }

    private static String decode(String part, String what) throws InvalidTokenException {
        try {
            return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("the JWT " + what + " is not base64url");
        }
    }

    private static JsonNode parse(String json, String what) throws InvalidTokenException {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidTokenException("the " + what + " are not valid JSON: " + e.getOriginalMessage());
        } catch (Exception e) {
            throw new InvalidTokenException("the " + what + " are not valid JSON");
        }
    }
}
