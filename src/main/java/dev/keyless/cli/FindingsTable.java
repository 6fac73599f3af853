package dev.keyless.cli;

import dev.keyless.policy.finding.Finding;
import dev.keyless.policy.finding.FindingType;
import dev.keyless.policy.lint.ValidationResult;
import dev.keyless.policy.model.Position;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Findings as a table for people: type, issue code, where (line:column of the first location,
 * column counted from 1 as editors count it; the JSON keeps Access Analyzer's column from 0), the
 * path, and the details. Ends with a count per finding type.
 */
final class FindingsTable {

    private FindingsTable() {}

    static String render(ValidationResult result) {
        StringBuilder sb = new StringBuilder();
        if (result.findings().isEmpty()) {
            return "No findings.\n";
        }
        int codeWidth = "ISSUE CODE".length();
        for (Finding f : result.findings()) {
            codeWidth = Math.max(codeWidth, f.issueCode().length());
        }
        String row = "%-16s  %-" + codeWidth + "s  %-8s  %s%n";
        sb.append(String.format(row, "TYPE", "ISSUE CODE", "AT", "PATH / DETAILS"));
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (Finding f : result.findings()) {
            counts.merge(f.findingType(), 1, Integer::sum);
            String at = "-";
            String path = "";
            if (!f.locations().isEmpty()) {
                Position p = f.locations().get(0).span().start();
                at = p.line() + ":" + (p.column() + 1);
                path = f.locations().get(0).path() + "  ";
            }
            sb.append(String.format(row, f.findingType(), f.issueCode(), at, path + f.findingDetails()));
        }
        StringJoiner summary = new StringJoiner(", ", result.findings().size() + " finding"
                + (result.findings().size() == 1 ? "" : "s") + ": ", "\n");
        counts.forEach((type, n) -> summary.add(n + " " + type));
        return sb.append(summary).toString();
    }
}
