package dev.keyless.compliance.secrets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Bounded decoders for the encodings a key hides in: base64 (standard or URL-safe, padded or not,
 * wrapped over lines as base64(1) writes it), hex, and gzip inside either (cloud-init's
 * {@code gz+b64}). Only strict decoders are used: a run that is not valid in its alphabet is not
 * decoded at all, never "repaired".
 */
public final class Decoding {

    /** Shorter runs are words and ids, not encoded data: 20 base64 characters carry 15 bytes. */
    static final int MIN_BASE64 = 20;
    static final int MIN_HEX = 32;

    private static final Pattern BASE64_STD = Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/]{" + MIN_BASE64 + ",}={0,2}(?![A-Za-z0-9+/=_-])");
    private static final Pattern BASE64_URL = Pattern.compile("(?<![A-Za-z0-9+/_-])[A-Za-z0-9_-]{" + MIN_BASE64 + ",}={0,2}(?![A-Za-z0-9+/=_-])");
    private static final Pattern WRAPPED = Pattern.compile("[A-Za-z0-9+/=\\s]+");
    private static final Pattern HEX = Pattern.compile("(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){" + MIN_HEX / 2 + ",}(?![0-9A-Fa-f])");

    private Decoding() {}

    /** Runs of text that may be base64, the whole value first when it is base64 wrapped over lines. */
    static List<String> base64Runs(String text, int limit) {
        List<String> out = new ArrayList<>();
        String t = text.trim();
        if (t.indexOf('\n') >= 0 && WRAPPED.matcher(t).matches()) {
            out.add(t.replaceAll("\\s+", ""));
        }
        for (Pattern p : List.of(BASE64_STD, BASE64_URL)) {
            Matcher m = p.matcher(text);
            while (m.find() && out.size() < limit) {
                if (!out.contains(m.group())) {
                    out.add(m.group());
                }
            }
        }
        return out;
    }

    static List<String> hexRuns(String text, int limit) {
        List<String> out = new ArrayList<>();
        Matcher m = HEX.matcher(text);
        while (m.find() && out.size() < limit) {
            out.add(m.group());
        }
        return out;
    }

    /** Java's strict decoders read a final unit without its padding as if it were padded. */
    static Optional<byte[]> base64(String run) {
        String r = run.replace("=", "");
        if (r.length() % 4 == 1) {
            return Optional.empty();
        }
        boolean url = r.indexOf('-') >= 0 || r.indexOf('_') >= 0;
        try {
            return Optional.of((url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(r));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static byte[] hex(String run) {
        return HexFormat.of().parseHex(run);
    }

    static boolean isGzip(byte[] b) {
        return b.length > 18 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /**
     * The gunzipped bytes: empty when they would be more than {@code limit} (a bomb, or just too much to
     * scan), no bytes when the data is not gzip after all.
     */
    static Optional<byte[]> gunzip(byte[] b, int limit) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > limit) {
                    return Optional.empty();
                }
                out.write(buf, 0, n);
            }
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            return Optional.of(new byte[0]);
        }
    }

    /** The bytes as text when they are UTF-8 and nearly all printable: what a decoded file or script is. */
    static Optional<String> text(byte[] b) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        long printable = s.chars().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t').count();
        long letters = s.chars().filter(Character::isLetter).count();
        return printable >= 0.9 * s.length() && letters >= 4 ? Optional.of(s) : Optional.empty();
    }
}
