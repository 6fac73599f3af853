package dev.keyless.policy.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The catalog resource written by {@code scripts/iam-catalog/generate.mjs} (layout in
 * docs/catalog.md): gzip over {@code KLIAMCAT}, a format version, a string table, a header
 * (source, global keys, ARN formats, one directory entry per service), then one body per
 * service. Numbers are unsigned LEB128 varints; strings are indexes into the table.
 *
 * <p>Only the header is read at load; a service's body is read when a lookup first needs that
 * service, and a string is decoded when first asked for. A missing or damaged resource is a
 * broken build, so reading throws rather than return a partial catalog.
 */
final class CatalogFile {

    static final String RESOURCE = "/dev/keyless/policy/catalog/iam-catalog.bin.gz";
    private static final String MAGIC = "KLIAMCAT";
    private static final int FORMAT_VERSION = 1;

    /** A directory entry: what is known about a service before its body is read. */
    record Entry(String prefix, String name, List<String> keyPrefixes, List<String> arnServices, int bodyAt) {
    }

    private final byte[] bytes;
    private final int[] stringAt;
    private final String[] strings;
    final CatalogSource source;
    final List<ConditionKey> globals = new ArrayList<>();
    final String[] arnTemplates;
    final List<Entry> entries = new ArrayList<>();

    private CatalogFile(byte[] bytes) {
        this.bytes = bytes;
        Cursor c = new Cursor(MAGIC.length());
        String magic = new String(bytes, 0, MAGIC.length(), StandardCharsets.US_ASCII);
        int version = c.varint();
        if (!magic.equals(MAGIC) || version != FORMAT_VERSION) {
            throw new IllegalStateException("IAM catalog: expected " + MAGIC + " format " + FORMAT_VERSION
                    + ", found " + magic + " format " + version + "; regenerate with scripts/update-iam-catalog");
        }
        stringAt = new int[c.varint()];
        strings = new String[stringAt.length];
        for (int i = 0; i < stringAt.length; i++) {
            stringAt[i] = c.at;
            int length = c.varint();
            c.at += length;
        }
        source = new CatalogSource(c.string(), c.string(), c.string(), c.string());
        for (int n = c.varint(); n > 0; n--) {
            globals.add(ConditionKey.ofGlobal(c.string(), ConditionKeyType.parse(c.string()), c.string()));
        }
        arnTemplates = new String[c.varint()];
        for (int i = 0; i < arnTemplates.length; i++) {
            arnTemplates[i] = c.string();
        }
        int directorySize = c.varint();
        int[] bodyLengths = new int[directorySize];
        for (int i = 0; i < directorySize; i++) {
            String prefix = c.string();
            String name = c.string();
            List<String> keyPrefixes = c.strings();
            List<String> arnServices = c.strings();
            bodyLengths[i] = c.varint();
            entries.add(new Entry(prefix, name, keyPrefixes, arnServices, -1));
        }
        int bodyAt = c.at;
        for (int i = 0; i < directorySize; i++) {
            Entry e = entries.get(i);
            entries.set(i, new Entry(e.prefix(), e.name(), e.keyPrefixes(), e.arnServices(), bodyAt));
            bodyAt += bodyLengths[i];
        }
        if (bodyAt != bytes.length) {
            throw new IllegalStateException("IAM catalog: resource size does not match its directory; regenerate it");
        }
    }

    static CatalogFile readBuiltIn() {
        try (InputStream raw = CatalogFile.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("IAM catalog: resource " + RESOURCE
                        + " is missing from the classpath; run scripts/update-iam-catalog and rebuild");
            }
            return read(raw);
        } catch (IOException e) {
            throw new IllegalStateException("IAM catalog: cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static CatalogFile read(InputStream gzipped) throws IOException {
        byte[] bytes;
        try (GZIPInputStream gz = new GZIPInputStream(gzipped, 1 << 16)) {
            bytes = gz.readAllBytes();
        }
        try {
            return new CatalogFile(bytes);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("IAM catalog: resource is truncated or not in format " + FORMAT_VERSION, e);
        }
    }

    /** Decodes on first use; a race decodes twice and keeps either copy of an immutable String. */
    String string(int index) {
        String s = strings[index];
        if (s == null) {
            Cursor c = new Cursor(stringAt[index]);
            int length = c.varint();
            s = new String(bytes, c.at, length, StandardCharsets.UTF_8);
            strings[index] = s;
        }
        return s;
    }

    /** Reads one service's body; called once per service, under that service's lock. */
    Service readService(Entry entry, ArnFormats formats) {
        return new ServiceBodyReader(this, new Cursor(entry.bodyAt()), formats).read(entry);
    }

    /** A read position; each service body gets its own, so bodies can be read concurrently. */
    final class Cursor {
        int at;

        Cursor(int at) {
            this.at = at;
        }

        int varint() {
            int value = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                value |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }

        boolean flag() {
            return bytes[at++] != 0;
        }

        String string() {
            return CatalogFile.this.string(varint());
        }

        List<String> strings() {
            int n = varint();
            if (n == 0) {
                return List.of();
            }
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = string();
            }
            return List.of(out);
        }

        int[] indexes() {
            int[] out = new int[varint()];
            for (int i = 0; i < out.length; i++) {
                out[i] = varint();
            }
            return out;
        }
    }
}
