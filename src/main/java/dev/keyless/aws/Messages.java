package dev.keyless.aws;

/** Turns AWS's and the SDK's messages into text that fits on the one line a user sees. */
final class Messages {

    private static final int MAX = 300;

    private Messages() {}

    static String oneLine(String s) {
        if (s == null || s.isBlank()) {
            return "no message";
        }
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() <= MAX ? flat : flat.substring(0, MAX) + "...";
    }
}
