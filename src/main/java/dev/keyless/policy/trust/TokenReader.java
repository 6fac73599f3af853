package dev.keyless.policy.trust;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

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
 *
 * <p>A member given twice, at any depth of the claims, the payload or the header, refuses the token:
 * JSON parsers disagree on which value wins (RFC 8259, section 4: "the behavior of software that
 * receives such an object is unpredictable"), and RFC 7519, section 4 says a JWT with duplicate claim
 * names must be rejected or its last value used. keyless rejects, so that
 * {@code {"aud":"evil","aud":"sts.amazonaws.com"}} is never judged by the value STS might not read.
 * For the same reason a second JSON value after the first ({@code {...}{...}}) is refused.
 */
public final class TokenReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final String DUPLICATE = "Duplicate field '";

    private TokenReader() {}

    public static GoogleIdToken read(String text) throws InvalidTokenException {
        String t = text.trim();
        if (t.startsWith("{")) {
            return fromClaims(parse(t, "the token claims"), Optional.empty(), true);
        }
        String[] parts = t.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("the token is neither a JSON object of claims nor a compact JWT (header.payload.signature)");
        }
        JsonNode header = parse(decode(parts[0], "header"), "the JWT header");
        JsonNode payload = parse(decode(parts[1], "payload"), "the JWT payload");
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
        } catch (StreamReadException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.startsWith(DUPLICATE) && m.endsWith("'")) {
                throw new InvalidTokenException(what + ": the member \"" + m.substring(DUPLICATE.length(), m.length() - 1)
                        + "\" is given twice; a token with a duplicated member is refused (RFC 7519, section 4),"
                        + " since readers disagree on which value counts");
            }
            throw new InvalidTokenException(what + ": not valid JSON");
        } catch (Exception e) {
            throw new InvalidTokenException(what + ": not valid JSON");
        }
    }
}
