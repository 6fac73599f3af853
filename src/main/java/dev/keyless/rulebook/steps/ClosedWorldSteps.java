package dev.keyless.rulebook.steps;

import dev.keyless.compliance.ClosedWorldReview;
import dev.keyless.compliance.ClosedWorldReview.Verdict;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static dev.keyless.rulebook.steps.ReviewWorld.holds;

/** Steps of "Every resource is reviewed": the table is the rule book's list of known types. */
public class ClosedWorldSteps {

    static final String FEATURE = "features/every-resource-is-reviewed.feature";

    private final ReviewWorld world;

    public ClosedWorldSteps(ReviewWorld world) {
        this.world = world;
    }

    @Then("every resource of the stack is of a type listed here:")
    public void everyResourceIsListed(DataTable table) {
        holds(world.closedWorld().everyResourceIsKnown(verdicts(table), FEATURE));
    }

    /** The table as type → verdict; a row with another verdict, or a type twice, is an error in the rule book. */
    public static Map<String, Verdict> verdicts(DataTable table) {
        Map<String, Verdict> out = new LinkedHashMap<>();
        for (Map<String, String> row : table.asMaps()) {
            String type = row.get("type").trim();
            String verdict = row.get("verdict").trim().toUpperCase(Locale.ROOT);
            if (!verdict.equals("REVIEWED") && !verdict.equals("INERT")) {
                throw new IllegalArgumentException(FEATURE + ": " + type + " has verdict '" + row.get("verdict")
                        + "'; use reviewed or inert");
            }
            if (out.put(type, Verdict.valueOf(verdict)) != null) {
                throw new IllegalArgumentException(FEATURE + ": " + type + " is listed twice");
            }
        }
        return out;
    }
}
