package dev.keyless.policy.eval.wire;

import java.util.Arrays;

/**
 * Strings by the raw bytes they were read from, for one thread: a batch repeats the same policy
 * texts, action names and context keys in thousands of lines, and a repeated one is found by hashing
 * and comparing bytes instead of being decoded into a new String. Open addressing; when half full it
 * starts over, so it never grows.
 */
final class StringTable {

    private final int mask;
    private final int maxEntries;
    private final byte[][] keys;
    private final int[] hashes;
    private final String[] values;
    private int size;

    /** {@code slots} is a power of two. */
    StringTable(int slots) {
        this.mask = slots - 1;
        this.maxEntries = slots / 2;
        this.keys = new byte[slots][];
        this.hashes = new int[slots];
        this.values = new String[slots];
    }

    /** The String stored for {@code buf[from, end)} under {@code hash} (any hash of those bytes, used alike by {@link #put}), or null. */
    String find(byte[] buf, int from, int end, int hash) {
        int len = end - from;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            byte[] k = keys[slot];
            if (hashes[slot] == hash && k.length == len && Arrays.equals(k, 0, len, buf, from, end)) {
                return values[slot];
            }
        }
        return null;
    }

    void put(byte[] buf, int from, int end, int hash, String value) {
        if (size >= maxEntries) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
        }
        int slot = hash & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = Arrays.copyOfRange(buf, from, end);
        hashes[slot] = hash;
        values[slot] = value;
        size++;
    }
}
