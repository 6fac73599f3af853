package dev.keyless.policy.eval.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.keyless.io.StrictJson;
import dev.keyless.policy.eval.CallerPrincipal;
import dev.keyless.policy.eval.ContextEntry;
import dev.keyless.policy.eval.ContextKeyType;
import dev.keyless.policy.eval.EvaluationException;
import dev.keyless.policy.eval.SimulationRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code SimulateCustomPolicy} request in the JSON form {@code aws iam simulate-custom-policy
 * --cli-input-json} takes, strictly as the AWS CLI does: an unknown member, a wrong type or a missing
 * required member is an {@code InvalidInput} error naming the parameter, never ignored.
 */
public final class SimulationRequestJson {

    /** Strict: a member twice (in the request or a --batch line) is refused, nesting and lengths are capped. */
    public static final JsonFactory FACTORY = StrictJson.FACTORY;

    private static final Set<String> MEMBERS = Set.of("PolicyInputList", "PermissionsBoundaryPolicyInputList",
            "ActionNames", "ResourceArns", "ResourcePolicy", "ResourceOwner", "CallerArn", "ContextEntries",
            "ResourceHandlingOption", "MaxItems", "Marker", "CallerPrincipal");

    private SimulationRequestJson() {}

    public static SimulationRequest read(String json) throws EvaluationException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw EvaluationException.invalidInput("the request must be a JSON object");
            }
            SimulationRequest r = read(p);
            if (p.nextToken() != null) {
                throw EvaluationException.invalidInput("unexpected content after the request object");
            }
            return r;
        } catch (JsonProcessingException e) {
            throw EvaluationException.invalidInput("the request is not valid JSON" + StrictJson.where(e.getLocation())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw EvaluationException.invalidInput("cannot read the request: " + e.getMessage());
        }
    }

    /** Reads the request object whose START_OBJECT is the parser's current token. */
    public static SimulationRequest read(JsonParser p) throws IOException, EvaluationException {
        return read(p, null);
    }

    /** As {@link #read(JsonParser)}; policy documents are taken through {@code policies} when given. */
    static SimulationRequest read(JsonParser p, RawStringCache policies) throws IOException, EvaluationException {
        List<String> identity = null;
        List<String> boundary = List.of();
        List<String> actions = null;
        List<String> resources = List.of();
        String resourcePolicy = null;
        String owner = null;
        String callerArn = null;
        List<ContextEntry> context = List.of();
        CallerPrincipal principal = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "PolicyInputList": identity = strings(p, name, policies); break;
                case "PermissionsBoundaryPolicyInputList": boundary = strings(p, name, policies); break;
                case "ActionNames": actions = strings(p, name, null); break;
                case "ResourceArns": resources = strings(p, name, null); break;
                case "ResourcePolicy": resourcePolicy = string(p, name, policies); break;
                case "ResourceOwner": owner = string(p, name); break;
                case "CallerArn": callerArn = string(p, name); break;
                case "ContextEntries": context = contextEntries(p); break;
                case "CallerPrincipal": principal = callerPrincipal(p); break;
                case "ResourceHandlingOption": case "Marker": string(p, name); break;
                case "MaxItems":
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                        throw type(name, p, "integer");
                    }
                    break;
                default:
                    throw EvaluationException.invalidInput("Unknown parameter in input: \"" + name
                            + "\", must be one of: " + String.join(", ", MEMBERS.stream().sorted().toList()));
            }
        }
        if (actions == null) {
            throw EvaluationException.invalidInput("Missing required parameter in input: \"ActionNames\"");
        }
        if (identity == null) {
            if (principal == null) {
                throw EvaluationException.invalidInput("Missing required parameter in input: \"PolicyInputList\"");
            }
            identity = List.of();
        }
        return new SimulationRequest(identity, boundary, actions, resources, Optional.ofNullable(resourcePolicy),
                Optional.ofNullable(owner), Optional.ofNullable(callerArn), context, Optional.ofNullable(principal));
    }

    private static String string(JsonParser p, String name) throws IOException, EvaluationException {
        return string(p, name, null);
    }

    private static String string(JsonParser p, String name, RawStringCache texts) throws IOException, EvaluationException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw type(name, p, "str");
        }
        return texts == null ? p.getText() : texts.text(p);
    }

    private static List<String> strings(JsonParser p, String name) throws IOException, EvaluationException {
        return strings(p, name, null);
    }

    private static List<String> strings(JsonParser p, String name, RawStringCache texts) throws IOException, EvaluationException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw type(name, p, "list");
        }
        List<String> out = new ArrayList<>(4);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(string(p, name, texts));
        }
        return out;
    }

    private static List<ContextEntry> contextEntries(JsonParser p) throws IOException, EvaluationException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw type("ContextEntries", p, "list");
        }
        List<ContextEntry> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            // The parameter's name ("ContextEntries[2].ContextKeyName") is spelt out only for an error.
            int at = out.size();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw type(entry(at, ""), p, "dict");
            }
            String key = null;
            String type = null;
            List<String> values = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "ContextKeyName": key = entryString(p, at, ".ContextKeyName"); break;
                    case "ContextKeyType": type = entryString(p, at, ".ContextKeyType"); break;
                    case "ContextKeyValues": values = entryStrings(p, at); break;
                    default:
                        throw EvaluationException.invalidInput("Unknown parameter in " + entry(at, "") + ": \"" + name
                                + "\", must be one of: ContextKeyName, ContextKeyValues, ContextKeyType");
                }
            }
            if (key == null || type == null || values == null) {
                throw EvaluationException.invalidInput(entry(at, "") + " needs ContextKeyName, ContextKeyType and ContextKeyValues");
            }
            String typeName = type;
            ContextKeyType t = ContextKeyType.fromJson(type).orElseThrow(() -> EvaluationException.invalidInput(
                    "Value '" + typeName + "' at '" + entry(at, ".ContextKeyType") + "' failed to satisfy constraint: Member must"
                            + " satisfy enum value set: [" + ContextKeyType.allowed() + "]"));
            out.add(new ContextEntry(key, t, values));
        }
        return out;
    }

    private static String entry(int index, String member) {
        return "ContextEntries[" + index + "]" + member;
    }

    private static String entryString(JsonParser p, int index, String member) throws IOException, EvaluationException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw type(entry(index, member), p, "str");
        }
        return p.getText();
    }

    private static List<String> entryStrings(JsonParser p, int index) throws IOException, EvaluationException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw type(entry(index, ".ContextKeyValues"), p, "list");
        }
        List<String> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(entryString(p, index, ".ContextKeyValues"));
        }
        return out;
    }

    private static CallerPrincipal callerPrincipal(JsonParser p) throws IOException, EvaluationException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw type("CallerPrincipal", p, "dict");
        }
        CallerPrincipal out = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            CallerPrincipal.Kind kind = CallerPrincipal.Kind.fromJson(name).orElseThrow(() ->
                    EvaluationException.invalidInput("CallerPrincipal: unknown principal type \"" + name
                            + "\", must be one of: AWS, Federated, Service"));
            if (out != null) {
                throw EvaluationException.invalidInput("CallerPrincipal names one principal, e.g. {\"Federated\": \"accounts.google.com\"}");
            }
            out = new CallerPrincipal(kind, string(p, "CallerPrincipal." + name));
        }
        if (out == null) {
            throw EvaluationException.invalidInput("CallerPrincipal must name a principal, e.g. {\"Federated\": \"accounts.google.com\"}");
        }
        return out;
    }

    private static EvaluationException type(String name, JsonParser p, String expected) {
        return EvaluationException.invalidInput("Invalid type for parameter " + name + ", value type: "
                + jsonType(p.currentToken()) + ", valid types: " + expected);
    }

    private static String jsonType(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT: return "dict";
            case START_ARRAY: return "list";
            case VALUE_STRING: return "str";
            case VALUE_NUMBER_INT: return "int";
            case VALUE_NUMBER_FLOAT: return "float";
            case VALUE_TRUE: case VALUE_FALSE: return "bool";
            case VALUE_NULL: return "null";
            default: return t.name();
        }
    }
}
