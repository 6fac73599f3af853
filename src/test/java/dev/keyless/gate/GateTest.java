package dev.keyless.gate;

import dev.keyless.compliance.TestStacks;
import dev.keyless.compliance.Violation;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.rulebook.RuleBookResult;
import dev.keyless.rulebook.ScenarioResult;
import dev.keyless.stack.StackSnapshot;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate's decisions on real stacks and the real offline validator, with the rule book's outcome
 * given: the trust policy without an accounts.google.com:sub pin (GOOGLE_TRUST_MISSING_SUB, a
 * SECURITY_WARNING) fails the Access Analyzer trust scenario and the "our service account" scenario.
 */
class GateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String AA_TRUST = "Access Analyzer finds no ERROR or SECURITY_WARNING in the role's trust policy";
    private static final String OUR_SA = "The token must come from our service account";

    private static final StackSnapshot NO_SUB = TestStacks.withTrust("""
            {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
             "Principal":{"Federated":"accounts.google.com"},"Action":"sts:AssumeRoleWithWebIdentity",
             "Condition":{"StringEquals":{"accounts.google.com:aud":"%s",
             "accounts.google.com:oaud":"sts.amazonaws.com"}}}]}""".formatted(TestStacks.SA_ID));

    private static final RuleBookResult NO_SUB_RUN = new RuleBookResult(List.of(
            failed("Access Analyzer finds nothing to fix", AA_TRUST, Set.of("access-analyzer", "aa-trust-policies"),
                    "1 violation: role workload-role trust policy: SECURITY_WARNING GOOGLE_TRUST_MISSING_SUB at Statement[0]: ..."),
            failed("Who can assume the role", OUR_SA, Set.of("trust"),
                    "1 violation: role workload-role: statement 0 does not pin accounts.google.com:sub",
                    new Violation("role workload-role", "statement 0 does not pin accounts.google.com:sub")),
            passed("Short sessions", "Sessions last at most one hour")));

    /** A failed scenario as the rule book reports it: the assertion's text, and the violations as data. */
    private static ScenarioResult failed(String feature, String scenario, Set<String> tags, String reason,
                                         Violation... violations) {
        return new ScenarioResult(feature, scenario, tags, ScenarioResult.Status.FAILED, Optional.of(reason),
                List.of(violations));
    }

    private static ScenarioResult passed(String feature, String scenario) {
        return new ScenarioResult(feature, scenario, Set.of(), ScenarioResult.Status.PASSED, Optional.empty());
    }

    private static GateDecision decide(StackSnapshot stack, RuleBookResult run, String yaml, BlockingTypes blocking) {
        return Gate.decide(stack, run, new OfflinePolicyValidator(),
                WaiverFile.parse(yaml, "compliance-exceptions.yaml", TODAY), blocking);
    }

    private static String waiver(String target, String resource, String expires) {
        return "  - " + target + "\n    resource: " + resource + "\n    justification: migration tracked in SEC-1234\n"
                + "    owner: sec@example.com\n    expires: " + expires + "\n";
    }

    private static JudgedScenario scenario(GateDecision d, String name) {
        return d.scenarios().stream().filter(s -> s.result().scenario().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void a_security_warning_blocks_and_fails_the_access_analyzer_scenario_with_the_finding() {
        GateDecision d = decide(NO_SUB, NO_SUB_RUN, "", BlockingTypes.DEFAULT);
        assertThat(d.findings(JudgedFinding.Disposition.BLOCKING)).extracting(f -> f.finding().finding().issueCode())
                .containsExactly("GOOGLE_TRUST_MISSING_SUB");
        assertThat(d.findings(JudgedFinding.Disposition.BLOCKING).get(0).finding().document().resource()).isEqualTo("workload-role");
        assertThat(scenario(d, AA_TRUST).outcome()).isEqualTo(JudgedScenario.Outcome.FAILED);
        assertThat(scenario(d, AA_TRUST).reasons()).singleElement().asString()
                .startsWith("SECURITY_WARNING GOOGLE_TRUST_MISSING_SUB at Statement[0]");
        assertThat(d.blocked()).isTrue();
    }

    @Test
    void a_valid_finding_waiver_makes_the_finding_and_its_access_analyzer_scenario_waived_not_passed() {
        GateDecision d = decide(NO_SUB, NO_SUB_RUN, "exceptions:\n"
                + waiver("finding: GOOGLE_TRUST_MISSING_SUB", "workload-role", "2026-12-31"), BlockingTypes.DEFAULT);
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.disposition()).isEqualTo(JudgedFinding.Disposition.WAIVED);
            assertThat(f.waiver()).get().extracting(Waiver::owner).isEqualTo("sec@example.com");
        });
        JudgedScenario aa = scenario(d, AA_TRUST);
        assertThat(aa.outcome()).isEqualTo(JudgedScenario.Outcome.WAIVED);
        assertThat(aa.waivers()).extracting(Waiver::target).containsExactly("GOOGLE_TRUST_MISSING_SUB");
        assertThat(d.blockingReasons()).containsExactly("scenario failed: Who can assume the role: " + OUR_SA);
    }

    @Test
    void waiving_the_finding_and_the_scenario_it_breaks_lets_the_gate_pass_and_lists_both() {
        GateDecision d = decide(NO_SUB, NO_SUB_RUN, "exceptions:\n"
                + waiver("finding: GOOGLE_TRUST_MISSING_SUB", "workload-role", "2026-12-31")
                + waiver("scenario: \"Who can assume the role: " + OUR_SA + "\"", "workload-role", "2026-12-31"),
                BlockingTypes.DEFAULT);
        assertThat(d.blocked()).isFalse();
        assertThat(d.count(JudgedScenario.Outcome.WAIVED)).isEqualTo(2);
        assertThat(d.count(JudgedScenario.Outcome.PASSED)).isEqualTo(1);
        assertThat(d.unusedWaivers()).isEmpty();
    }

    @Test
    void an_expired_waiver_excuses_nothing_and_blocks_by_itself() {
        GateDecision d = decide(NO_SUB, NO_SUB_RUN, "exceptions:\n"
                + waiver("finding: GOOGLE_TRUST_MISSING_SUB", "workload-role", "2026-01-31"), BlockingTypes.DEFAULT);
        assertThat(d.findings()).singleElement().extracting(JudgedFinding::disposition).isEqualTo(JudgedFinding.Disposition.BLOCKING);
        assertThat(d.blockingReasons()).anySatisfy(r -> assertThat(r)
                .startsWith("invalid exception in compliance-exceptions.yaml, entry 1 (line 2): expired on 2026-01-31"));
    }

    @Test
    void an_invalid_waiver_blocks_even_a_stack_that_is_otherwise_compliant() {
        RuleBookResult allPass = new RuleBookResult(List.of(passed("Short sessions", "Sessions last at most one hour")));
        GateDecision d = decide(TestStacks.compliant(), allPass, "exceptions:\n  - finding: GOOGLE_TRUST_MISSING_SUB\n"
                + "    resource: workload-role\n    owner: o\n    expires: 2026-12-31\n", BlockingTypes.DEFAULT);
        assertThat(d.findings()).isEmpty();
        assertThat(d.blocked()).isTrue();
        assertThat(d.blockingReasons()).singleElement().asString().endsWith("no justification: say why this is acceptable");
    }

    @Test
    void a_waiver_for_another_resource_waives_nothing_and_is_reported_unused() {
        GateDecision d = decide(NO_SUB, NO_SUB_RUN, "exceptions:\n"
                + waiver("finding: GOOGLE_TRUST_MISSING_SUB", "another-role", "2026-12-31"), BlockingTypes.DEFAULT);
        assertThat(d.findings()).singleElement().extracting(JudgedFinding::disposition).isEqualTo(JudgedFinding.Disposition.BLOCKING);
        assertThat(d.unusedWaivers()).extracting(Waiver::resource).containsExactly("another-role");
    }

    @Test
    void a_scenario_waiver_covers_only_violations_that_name_its_resource() {
        RuleBookResult twoRoles = new RuleBookResult(List.of(passed("Short sessions", "x"), failed("Short sessions",
                "Sessions last at most one hour", Set.of(), "2 violations: role workload-role: allows sessions of 43200 s\n"
                        + "role workload-role-2: allows sessions of 43200 s",
                new Violation("role workload-role", "allows sessions of 43200 s"),
                new Violation("role workload-role-2", "allows sessions of 43200 s"))));
        GateDecision d = decide(TestStacks.compliant(), twoRoles, "exceptions:\n"
                + waiver("scenario: Sessions last at most one hour", "workload-role", "2026-12-31"), BlockingTypes.DEFAULT);
        JudgedScenario s = scenario(d, "Sessions last at most one hour");
        assertThat(s.outcome()).isEqualTo(JudgedScenario.Outcome.FAILED);
        assertThat(s.reasons()).last().asString().contains("covers only workload-role, not: role workload-role-2");
    }

    @Test
    void a_scenario_waiver_is_matched_against_the_resource_of_each_violation_never_its_message() {
        Violation other = new Violation("role intruder-role", "may be assumed by role workload-role",
                List.of("intruder-role", "urn:pulumi:test::keyless-federation::aws:iam/role:Role::intruder-role"));
        RuleBookResult run = new RuleBookResult(List.of(failed("Who can assume the role", OUR_SA, Set.of(),
                "1 violation: " + other, other)));
        GateDecision d = decide(TestStacks.compliant(), run, "exceptions:\n"
                + waiver("scenario: \"" + OUR_SA + "\"", "workload-role", "2026-12-31"), BlockingTypes.DEFAULT);
        assertThat(scenario(d, OUR_SA).outcome()).isEqualTo(JudgedScenario.Outcome.FAILED);
        GateDecision byUrn = decide(TestStacks.compliant(), run, "exceptions:\n"
                + waiver("scenario: \"" + OUR_SA + "\"", "urn:pulumi:test::keyless-federation::aws:iam/role:Role::intruder-role",
                "2026-12-31"), BlockingTypes.DEFAULT);
        assertThat(scenario(byUrn, OUR_SA).outcome()).isEqualTo(JudgedScenario.Outcome.WAIVED);
        assertThat(scenario(byUrn, OUR_SA).violations()).containsExactly(other);
    }

    @Test
    void a_failure_that_names_no_violation_as_data_cannot_be_waived() {
        RuleBookResult run = new RuleBookResult(List.of(failed("Who can assume the role", OUR_SA, Set.of(),
                "role workload-role: something went wrong")));
        GateDecision d = decide(TestStacks.compliant(), run, "exceptions:\n"
                + waiver("scenario: \"" + OUR_SA + "\"", "workload-role", "2026-12-31"), BlockingTypes.DEFAULT);
        assertThat(scenario(d, OUR_SA).outcome()).isEqualTo(JudgedScenario.Outcome.FAILED);
    }

    @Test
    void finding_types_left_out_of_the_blocking_types_do_not_block_and_the_scenario_says_so() {
        GateDecision d = decide(NO_SUB, NO_SUB_RUN, "", BlockingTypes.parse("ERROR"));
        assertThat(d.findings()).singleElement().extracting(JudgedFinding::disposition)
                .isEqualTo(JudgedFinding.Disposition.NON_BLOCKING);
        assertThat(scenario(d, AA_TRUST).outcome()).isEqualTo(JudgedScenario.Outcome.NOT_BLOCKING);
        assertThat(scenario(d, AA_TRUST).blocking()).isFalse();
    }

    @Test
    void a_warning_made_blocking_fails_an_access_analyzer_scenario_that_cucumber_passed() {
        String readWithStray = TestStacks.READ.replace("\"s3:GetObject\",\"Resource\":\"" + TestStacks.BUCKET_ARN + "/*\"",
                "\"s3:GetObject\",\"Resource\":[\"" + TestStacks.BUCKET_ARN + "/*\",\"" + TestStacks.BUCKET_ARN + "\"]");
        StackSnapshot stack = TestStacks.changing("read-policy", in -> TestStacks.put(in, "policy", readWithStray));
        RuleBookResult run = new RuleBookResult(List.of(new ScenarioResult("Access Analyzer finds nothing to fix",
                "attached", Set.of("aa-attached-policies"), ScenarioResult.Status.PASSED, Optional.empty())));
        assertThat(decide(stack, run, "", BlockingTypes.DEFAULT).blocked()).as("a WARNING does not block by default").isFalse();
        GateDecision d = decide(stack, run, "", BlockingTypes.parse("ERROR,SECURITY_WARNING,WARNING"));
        assertThat(d.findings(JudgedFinding.Disposition.BLOCKING)).extracting(f -> f.finding().finding().issueCode())
                .containsExactly("RESOURCE_MATCHES_NO_ACTION");
        assertThat(scenario(d, "attached").outcome()).isEqualTo(JudgedScenario.Outcome.FAILED);
    }

    @Test
    void an_access_analyzer_failure_no_finding_explains_still_blocks() {
        RuleBookResult run = new RuleBookResult(List.of(passed("Short sessions", "x"), failed("Access Analyzer finds nothing to fix",
                AA_TRUST, Set.of("aa-trust-policies"), "1 violation: something the gate cannot see")));
        GateDecision d = decide(TestStacks.compliant(), run, "", BlockingTypes.DEFAULT);
        assertThat(scenario(d, AA_TRUST).outcome()).isEqualTo(JudgedScenario.Outcome.FAILED);
        assertThat(scenario(d, AA_TRUST).reasons()).contains("keyless found no finding that explains this failure, so it blocks");
    }

    @Test
    void a_policy_the_stack_does_not_define_cannot_be_waived_by_a_finding_code() {
        StackSnapshot stack = TestStacks.changing("read-policy-attachment", in -> TestStacks.put(in, "policyArn",
                "arn:aws:iam::aws:policy/AdministratorAccess"));
        RuleBookResult run = new RuleBookResult(List.of(passed("Short sessions", "x"), failed("Access Analyzer finds nothing to fix",
                "attached", Set.of("aa-attached-policies"), "1 violation: role workload-role, ... has no policy text")));
        GateDecision d = decide(stack, run, "", BlockingTypes.DEFAULT);
        assertThat(scenario(d, "attached").outcome()).isEqualTo(JudgedScenario.Outcome.FAILED);
        assertThat(scenario(d, "attached").reasons()).singleElement().asString()
                .endsWith("has no policy text in the stack, so it cannot be validated");
        assertThat(d.documents()).anySatisfy(doc -> assertThat(doc.resource()).isEqualTo("arn:aws:iam::aws:policy/AdministratorAccess"));
    }
}
