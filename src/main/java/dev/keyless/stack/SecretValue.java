package dev.keyless.stack;

import java.util.Optional;

/**
 * A property Pulumi marked secret. A stack export made with {@code --show-secrets} carries the
 * plaintext; a plain export carries only ciphertext, which no check can look into.
 */
public record SecretValue(Optional<Object> plaintext, Optional<String> ciphertext) {

    public static SecretValue plain(Object value) {
        return new SecretValue(Optional.ofNullable(value), Optional.empty());
    }

    public static SecretValue encrypted(String ciphertext) {
        return new SecretValue(Optional.empty(), Optional.of(ciphertext));
    }

    public boolean readable() {
        return plaintext.isPresent();
    }

    /** The value itself if {@code v} is a readable secret, {@code v} otherwise. */
    public static Object reveal(Object v) {
        if (v instanceof SecretValue s) {
            return s.plaintext().orElse(null);
        }
        return v;
    }
}
