package dev.keyless.aws;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The IAM Query protocol's two halves for the fake: reading the form, writing the XML. */
final class FakeXml {

    static final String NS = "https://iam.amazonaws.com/doc/2010-05-08/";

    private final StringBuilder sb = new StringBuilder();

    private FakeXml() {}

    /** {@code <ActionResponse xmlns=...><ActionResult>} ... closed by {@link #end}. */
    static FakeXml response(String action) {
        FakeXml x = new FakeXml();
        x.sb.append("<").append(action).append("Response xmlns=\"").append(NS).append("\"><").append(action).append("Result>");
        return x;
    }

    FakeXml open(String tag) {
        sb.append('<').append(tag).append('>');
        return this;
    }

    FakeXml close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    FakeXml leaf(String tag, Object value) {
        return open(tag).text(String.valueOf(value)).close(tag);
    }

    FakeXml text(String value) {
        sb.append(escape(value));
        return this;
    }

    /** IsTruncated, and the Marker of the next page when there is one. */
    FakeXml paging(String nextMarker) {
        leaf("IsTruncated", nextMarker != null);
        if (nextMarker != null) {
            leaf("Marker", nextMarker);
        }
        return this;
    }

    String end(String action) {
        sb.append("</").append(action).append("Result><ResponseMetadata><RequestId>6f8c1a2e-FAKE-")
                .append(action.toUpperCase()).append("</RequestId></ResponseMetadata></").append(action).append("Response>");
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** IAM returns policy documents URL-encoded as RFC 3986 says: a space is %20, never +. */
    static String urlEncode(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A Query-protocol form body, each field with its values in order. */
    static Map<String, List<String>> form(String body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            form.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null ? null : v.get(0);
    }

    /** {@code Name.member.1}, {@code Name.member.2}, ... in index order. */
    static List<String> members(Map<String, List<String>> form, String name) {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        String prefix = name + ".member.";
        form.forEach((k, v) -> {
            if (k.startsWith(prefix) && k.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
                byIndex.put(Integer.parseInt(k.substring(prefix.length())), v.get(0));
            }
        });
        return new ArrayList<>(byIndex.values());
    }
}
