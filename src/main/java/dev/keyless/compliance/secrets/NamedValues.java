package dev.keyless.compliance.secrets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values with names, as text carries them: {@code NAME=VALUE} and {@code export NAME="VALUE"} (env files,
 * shell), {@code name = value} under {@code [section]} (.ini, ~/.aws/credentials), {@code name: value}
 * (YAML), {@code --name=value} (command lines), and the string members of JSON text, read with a
 * streaming parser so that a member given twice is seen twice.
 */
public final class NamedValues {

    public record Named(String name, String value, String where) {}

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^[ \\t]*(?:export[ \\t]+|set[ \\t]+)?([A-Za-z_][A-Za-z0-9_.-]{0,127})[ \\t]*[:=][ \\t]*(.*)$", Pattern.MULTILINE);
    private static final Pattern FLAG = Pattern.compile("--([A-Za-z][A-Za-z0-9_-]{0,127})(?:=|\\s+)(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]\\n]{1,128})\\]\\s*$", Pattern.MULTILINE);
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();

    private NamedValues() {}

    /** Assignments and flags in plain text, each with the line it is on. */
    static List<Named> inText(String text, int limit) {
        List<Named> out = new ArrayList<>();
        Matcher m = ASSIGNMENT.matcher(text);
        Matcher sections = SECTION.matcher(text);
        String section = null;
        int line = 1;
        int at = 0;
        boolean moreSections = sections.find();
        while (m.find() && out.size() < limit) {
            // One pass over the text: count lines and follow [sections] up to each assignment.
            for (; at < m.start(); at++) {
                if (text.charAt(at) == '\n') {
                    line++;
                }
            }
            while (moreSections && sections.start() < m.start()) {
                section = sections.group(1);
                moreSections = sections.find();
            }
            out.add(new Named(m.group(1), firstWord(m.group(2)),
                    "line " + line + (section == null ? "" : " [" + section + "]") + " " + m.group(1)));
        }
        Matcher f = FLAG.matcher(text);
        while (f.find() && out.size() < limit) {
            out.add(new Named(f.group(1), SecretNames.unquote(f.group(2)), "flag --" + f.group(1)));
        }
        return out;
    }

    /** The string members of JSON text (any depth), or an empty list when it is not JSON. */
    static List<Named> inJson(String text, int limit) {
        List<Named> out = new ArrayList<>();
        String t = text.trim();
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return out;
        }
        try (JsonParser p = JSON.createParser(t)) {
            String field = null;
            JsonToken token;
            while ((token = p.nextToken()) != null && out.size() < limit) {
                if (token == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                } else if (token == JsonToken.VALUE_STRING) {
                    out.add(new Named(field == null ? "" : field, p.getText(), "JSON member " + (field == null ? "(list item)" : field)));
                }
            }
        } catch (IOException e) {
            // Text that only looks like JSON: what was read so far still counts.
        }
        return out;
    }

    /** An unquoted value ends at the first space (a comment may follow); a quoted one at its quote. */
    private static String firstWord(String raw) {
        String v = raw.trim();
        if (!v.isEmpty() && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int end = v.indexOf(v.charAt(0), 1);
            return end > 0 ? v.substring(1, end) : v.substring(1);
        }
        int space = v.indexOf(' ');
        return space < 0 ? v : v.substring(0, space);
    }
}
