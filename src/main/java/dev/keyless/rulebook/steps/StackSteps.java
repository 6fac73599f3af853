package dev.keyless.rulebook.steps;

import dev.keyless.compliance.Violation;
import dev.keyless.rulebook.ScenarioViolations;
import dev.keyless.rulebook.ToolErrors;
import io.cucumber.java.Before;
import io.cucumber.java.en.Given;
import org.opentest4j.TestAbortedException;

import java.util.List;

/** Steps that choose what is under review. */
public class StackSteps {

    private final ReviewWorld world;

    public StackSteps(ReviewWorld world) {
        this.world = world;
    }

    /**
     * After a tool error the run cannot pass, and every live scenario would repeat the failing call
     * (with its retries and waits), so the rest of the rule book is skipped.
     */
    @Before
    public void notAfterAToolError() {
        ScenarioViolations.clear();
        ToolErrors.first().ifPresent(e -> {
            throw new TestAbortedException("not run: the run already failed with a tool error");
        });
    }

    @Given("the stack under review")
    public void theStackUnderReview() {
        world.load();
        if (world.index().roles().isEmpty()) {
            ReviewWorld.holds(List.of(new Violation("stack " + world.index().stack().stack(),
                    "has no IAM role to review: nothing can be proven about it")));
        }
    }
}
