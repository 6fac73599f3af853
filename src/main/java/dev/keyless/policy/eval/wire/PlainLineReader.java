package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyless.policy.eval.CallerPrincipal;
import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.SimulationRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a batch line of the plain shape straight from its bytes, in one pass and without a JSON
 * parser: {@code {"id":"…","request":{…}}} whose names and strings are ASCII without escapes, except
 * policy documents, which are looked up by their raw bytes ({@link StringTable}) and decoded by
 * Jackson only the first time. That is the shape of nearly every line, and it is most of a batch's
 * work when read token by token.
 *
 * <p>Anything else gives up: another member, a number, {@code true}, an escape or a non-ASCII byte
 * outside a policy, a type AWS would refuse, a syntax error, a line break inside the object. The
 * caller then reads the line with {@link SimulationRequestJson} as before, which gives the same
 * request for what this reader accepts and the exact error for the rest. So this reader never
 * decides anything the general one would decide differently; it only declines.
 */
final class PlainLineReader {

    /** A line in the plain shape: its id, its request, and where its object ends. */
    record Line(String id, SimulationRequest request, int end) {}

    /** Thrown to give up; carries no stack trace, it is part of the normal flow. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private final StringTable policies = new StringTable(1024);
    private final StringTable names = new StringTable(1024);
    private final RawStringCache canonical;
    private byte[] b;
    private int i;

    /** {@code canonical} shares policy Strings between the threads of a batch (see {@link RawStringCache}). */
    PlainLineReader(RawStringCache canonical) {
        this.canonical = canonical;
    }

    /** The line whose object starts at {@code block[from]}, or null when it is not in the plain shape. */
    Line read(byte[] block, int from) {
        b = block;
        i = from;
        try {
            return line();
        } catch (GiveUp | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private Line line() {
        expect('{');
        String id = null;
        SimulationRequest request = null;
        do {
            String name = name();
            if (name.equals("id")) {
                id = fresh();
            } else if (name.equals("request")) {
                request = request();
            } else {
                throw GIVE_UP;
            }
        } while (more('}'));
        if (request == null) {
            throw GIVE_UP;
        }
        return new Line(id, request, i);
    }

    private SimulationRequest request() {
        List<String> identity = null;
        List<String> boundary = List.of();
        List<String> actions = null;
        List<String> resources = List.of();
        String resourcePolicy = null;
        String owner = null;
        String callerArn = null;
        List<ContextEntry> context = List.of();
        CallerPrincipal principal = null;
        expect('{');
        do {
            switch (name()) {
                case "PolicyInputList": identity = policies(); break;
                case "PermissionsBoundaryPolicyInputList": boundary = policies(); break;
                case "ActionNames": actions = strings(true); break;
                case "ResourceArns": resources = strings(false); break;
                case "ResourcePolicy": resourcePolicy = policy(); break;
                case "ResourceOwner": owner = known(); break;
                case "CallerArn": callerArn = known(); break;
                case "ContextEntries": context = contextEntries(); break;
                case "CallerPrincipal": principal = callerPrincipal(); break;
                case "ResourceHandlingOption": case "Marker": known(); break;
                default: throw GIVE_UP;
            }
        } while (more('}'));
        if (actions == null || (identity == null && principal == null)) {
            throw GIVE_UP;
        }
        return new SimulationRequest(identity == null ? List.of() : identity, boundary, actions, resources,
                Optional.ofNullable(resourcePolicy), Optional.ofNullable(owner), Optional.ofNullable(callerArn),
                context, Optional.ofNullable(principal));
    }

    private List<ContextEntry> contextEntries() {
        List<ContextEntry> out = new ArrayList<>(4);
        expect('[');
        if (empty(']')) {
            return out;
        }
        do {
            String key = null;
            String type = null;
            List<String> values = null;
            expect('{');
            do {
                switch (name()) {
                    case "ContextKeyName": key = known(); break;
                    case "ContextKeyType": type = known(); break;
                    case "ContextKeyValues": values = strings(false); break;
                    default: throw GIVE_UP;
                }
            } while (more('}'));
            ContextKeyType t = type == null ? null : ContextKeyType.fromJson(type).orElse(null);
            if (key == null || t == null || values == null) {
                throw GIVE_UP;
            }
            out.add(new ContextEntry(key, t, values));
        } while (more(']'));
        return out;
    }

    private CallerPrincipal callerPrincipal() {
        expect('{');
        CallerPrincipal.Kind kind = CallerPrincipal.Kind.fromJson(name()).orElseThrow(() -> GIVE_UP);
        CallerPrincipal out = new CallerPrincipal(kind, known());
        if (more('}')) {
            throw GIVE_UP; // a second principal: the general reader says why
        }
        return out;
    }

    private List<String> policies() {
        expect('[');
        if (empty(']')) {
            return List.of();
        }
        String first = policy();
        if (!more(']')) {
            return List.of(first);
        }
        List<String> out = new ArrayList<>(4);
        out.add(first);
        do {
            out.add(policy());
        } while (more(']'));
        return out;
    }

    /** An array of plain strings; {@code known} for values that repeat across lines (action names). */
    private List<String> strings(boolean known) {
        expect('[');
        if (empty(']')) {
            return List.of();
        }
        String first = known ? known() : fresh();
        if (!more(']')) {
            return List.of(first); // the usual single value, without a list to copy
        }
        List<String> out = new ArrayList<>(4);
        out.add(first);
        do {
            out.add(known ? known() : fresh());
        } while (more(']'));
        return out;
    }

    /** A member name and its colon; the value follows. */
    private String name() {
        String name = known();
        expect(':');
        return name;
    }

    /** A plain string that repeats across lines (a name, an action, a key): one String for all of them. */
    private String known() {
        int from = open();
        int end = plainEnd(from);
        int h = StringTable.hash(b, from, end);
        String s = names.find(b, from, end, h);
        if (s == null) {
            // Interned, so that the switches on member names find the literal by identity.
            s = new String(b, from, end - from, StandardCharsets.ISO_8859_1).intern();
            names.put(b, from, end, h, s);
        }
        i = end + 1;
        return s;
    }

    /** A plain string that varies from line to line (a resource, a value, the id). */
    private String fresh() {
        int from = open();
        int end = plainEnd(from);
        i = end + 1;
        return new String(b, from, end - from, StandardCharsets.ISO_8859_1);
    }

    /** The closing quote of a string of printable ASCII without escapes, which is then its own text. */
    private int plainEnd(int from) {
        int at = from;
        byte c;
        while ((c = b[at]) != '"') {
            if (c < 0x20 || c == '\\') { // control characters and, as bytes are signed, anything past ASCII
                throw GIVE_UP;
            }
            at++;
        }
        return at;
    }

    /**
     * A policy document: found by its raw bytes, escapes and all, or decoded by Jackson the first time
     * (which also refuses what it would refuse in the general reader).
     */
    private String policy() {
        int from = open();
        int at = from;
        int h = 1;
        byte c;
        while ((c = b[at]) != '"') {
            if (c >= 0 && c < 0x20) {
                throw GIVE_UP;
            }
            if (c == '\\') {
                h = 31 * h + c;
                c = b[++at];
                if (c >= 0 && c < 0x20) {
                    throw GIVE_UP;
                }
            }
            h = 31 * h + c;
            at++;
        }
        String s = policies.find(b, from, at, h);
        if (s == null) {
            s = canonical.canonical(decode(from - 1, at + 1));
            policies.put(b, from, at, h, s);
        }
        i = at + 1;
        return s;
    }

    private String decode(int open, int end) {
        try (JsonParser p = SimulationRequestJson.FACTORY.createParser(b, open, end - open)) {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw GIVE_UP;
            }
            return p.getText();
        } catch (IOException e) {
            throw GIVE_UP;
        }
    }

    /** Skips whitespace to an opening quote; returns the index after it. */
    private int open() {
        space();
        if (b[i] != '"') {
            throw GIVE_UP;
        }
        return i + 1;
    }

    private void expect(char c) {
        space();
        if (b[i] != c) {
            throw GIVE_UP;
        }
        i++;
    }

    /** After a value: true at a comma (another one follows), false at {@code close}. */
    private boolean more(char close) {
        space();
        byte c = b[i++];
        if (c == ',') {
            return true;
        }
        if (c != close) {
            throw GIVE_UP;
        }
        return false;
    }

    /** Right after an opening bracket: whether the array is empty (then past its {@code close}). */
    private boolean empty(char close) {
        space();
        if (b[i] == close) {
            i++;
            return true;
        }
        return false;
    }

    /** JSON whitespace within one line; a line break means the object does not end on its line. */
    private void space() {
        byte c;
        while ((c = b[i]) == ' ' || c == '\t' || c == '\r') {
            i++;
        }
        if (c == '\n') {
            throw GIVE_UP;
        }
    }
}
