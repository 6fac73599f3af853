package dev.keyless.gate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.keyless.UserError;
import dev.keyless.io.InputFile;
import dev.keyless.io.InputLimit;
import dev.keyless.io.StrictJson;
import dev.keyless.io.StrictYaml;
import dev.keyless.policy.finding.IssueCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code compliance-exceptions.yaml}: a top-level {@code exceptions} list whose entries name a
 * {@code finding} (an issue code) or a {@code scenario} (as "Feature: Scenario", or the scenario name
 * alone), the {@code resource} (logical name or URN of the stack resource), a {@code justification},
 * an {@code owner} and an {@code expires} date (ISO {@code YYYY-MM-DD}; the waiver holds through that
 * day, UTC). A file that is not YAML is a tool error; an entry that breaks these rules is a
 * {@link WaiverProblem}, which blocks. A missing file waives nothing.
 */
public final class WaiverFile {

    private static final Set<String> KEYS = Set.of("finding", "scenario", "resource", "justification", "owner", "expires");

    private WaiverFile() {}

    public static Waivers read(Path file, LocalDate today) {
        return read(file, today, "the exceptions file");
    }

    /** As {@link #read(Path, LocalDate)}; {@code option} names the file when it is refused ("--exceptions"). */
    public static Waivers read(Path file, LocalDate today, String option) {
        if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Waivers.none();
        }
        String text = InputFile.read(file, InputLimit.EXCEPTIONS, option);
        try {
            return parse(text, file.toString(), today);
        } catch (UserError e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }

    static Waivers parse(String text, String source, LocalDate today) {
        List<Waiver> valid = new ArrayList<>();
        List<WaiverProblem> problems = new ArrayList<>();
        try (JsonParser p = StrictYaml.parser(text)) {
            JsonToken root = p.nextToken();
            if (root == null) {
                return new Waivers(Optional.of(source), valid, problems);
            }
            if (root != JsonToken.START_OBJECT) {
                throw new UserError(source + ": expected a mapping with an 'exceptions' list at the top");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!name.equals("exceptions")) {
                    throw new UserError(source + " line " + p.currentTokenLocation().getLineNr()
                            + ": unknown top-level key '" + name + "'; the file holds one 'exceptions' list");
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new UserError(source + ": 'exceptions' must be a list of entries");
                }
                int entry = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int line = p.currentTokenLocation().getLineNr();
                    JsonNode node = StrictYaml.mapper().readTree(p);
                    entry(++entry, line, node, today, valid, problems);
                }
            }
        } catch (IOException e) {
            throw new UserError(source + " is not valid YAML for keyless" + StrictJson.where(e instanceof JsonProcessingException j
                    ? j.getLocation() : null) + ": " + (e instanceof JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage()).lines().findFirst().orElse(""));
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML reports its loader limits (size, nesting) with unchecked exceptions of its own
            throw new UserError(source + " is not valid YAML for keyless: " + String.valueOf(e.getMessage()).lines()
                    .findFirst().orElse(""));
        }
        return new Waivers(Optional.of(source), valid, problems);
    }

    private static void entry(int entry, int line, JsonNode node, LocalDate today, List<Waiver> valid,
                              List<WaiverProblem> problems) {
        if (!node.isObject()) {
            problems.add(new WaiverProblem(entry, line, "an entry must be a mapping with finding or scenario, "
                    + "resource, justification, owner and expires"));
            return;
        }
        List<String> wrong = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                wrong.add("unknown key '" + key + "' (keys: finding or scenario, resource, justification, owner, expires)");
            }
        }
        Optional<String> finding = text(node, "finding");
        Optional<String> scenario = text(node, "scenario");
        if (finding.isPresent() == scenario.isPresent()) {
            wrong.add("name exactly one of 'finding' (an issue code) or 'scenario' (a rule-book scenario)");
        }
        finding.filter(code -> !isIssueCode(code)).ifPresent(code -> wrong.add("'" + code
                + "' is not an issue code keyless or Access Analyzer reports (see docs/findings.md)"));
        Optional<String> resource = require(node, "resource", "no resource: name the stack resource (logical name or URN)", wrong);
        Optional<String> justification = require(node, "justification", "no justification: say why this is acceptable", wrong);
        Optional<String> owner = require(node, "owner", "no owner: name who answers for this exception", wrong);
        Optional<LocalDate> expires = require(node, "expires", "no expiry date: add expires: YYYY-MM-DD", wrong)
                .flatMap(d -> date(d, wrong));
        expires.filter(d -> d.isBefore(today)).ifPresent(d -> wrong.add("expired on " + d
                + ": renew it with a fresh justification, or fix what it excuses"));
        if (!wrong.isEmpty()) {
            wrong.forEach(m -> problems.add(new WaiverProblem(entry, line, m)));
            return;
        }
        valid.add(new Waiver(finding.isPresent() ? Waiver.Kind.FINDING : Waiver.Kind.SCENARIO,
                finding.or(() -> scenario).orElseThrow(), resource.orElseThrow(), justification.orElseThrow(),
                owner.orElseThrow(), expires.orElseThrow(), line));
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return Optional.empty();
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Optional<String> require(JsonNode node, String key, String message, List<String> wrong) {
        Optional<String> v = text(node, key);
        if (v.isEmpty()) {
            wrong.add(message);
        }
        return v;
    }

    private static Optional<LocalDate> date(String text, List<String> wrong) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            wrong.add("expires '" + text + "' is not a date: use YYYY-MM-DD");
            return Optional.empty();
        }
    }

    private static boolean isIssueCode(String code) {
        try {
            IssueCode.valueOf(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
