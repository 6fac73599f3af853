package dev.keyless.rulebook;

import dev.keyless.UserError;
import dev.keyless.aws.LiveBackend;
import dev.keyless.policy.access.CustomPolicyChecks;
import dev.keyless.policy.eval.OfflineCustomPolicyChecks;
import dev.keyless.policy.eval.OfflineEvaluator;
import dev.keyless.policy.eval.OpenWorldEvaluator;
import dev.keyless.policy.eval.PolicySimulator;
import dev.keyless.policy.lint.OfflinePolicyValidator;
import dev.keyless.policy.lint.PolicyValidator;
import dev.keyless.policy.lint.ValidateRequest;
import dev.keyless.policy.lint.ValidationResult;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engines a run's steps ask, chosen in one place ({@link #select}) and handed to the glue the way
 * {@link StackUnderReview} hands over the stack, since Cucumber creates the step classes itself.
 * Every port has the same shape offline and live, so steps never know which backend answers.
 *
 * <p>Live, ValidatePolicy and the custom checks go to IAM Access Analyzer and the role's requests
 * to the IAM simulator; role trust policies stay with the offline evaluator in both modes, because
 * the IAM simulator cannot evaluate them (aws-cli issue 10314).
 */
public final class Backends implements AutoCloseable {

    private static final OfflineEvaluator OFFLINE_EVALUATOR = new OfflineEvaluator();
    private static Backends offline;
    private static Backends current;

    private final RunMode mode;
    private final PolicyValidator validator;
    private final CustomPolicyChecks customChecks;
    private final PolicySimulator simulator;
    private final PolicySimulator asGiven;
    private final Optional<LiveBackend> live;

    private Backends(RunMode mode, PolicyValidator validator, CustomPolicyChecks customChecks,
                     PolicySimulator simulator, PolicySimulator asGiven, Optional<LiveBackend> live) {
        this.mode = Objects.requireNonNull(mode);
        this.validator = Objects.requireNonNull(validator);
        this.customChecks = Objects.requireNonNull(customChecks);
        this.simulator = Objects.requireNonNull(simulator);
        this.asGiven = Objects.requireNonNull(asGiven);
        this.live = live;
    }

    /** Offline: keyless's own engines, no network, created once (they hold no per-run state). */
    public static synchronized Backends offline() {
        if (offline == null) {
            offline = new Backends(RunMode.offline(), new OfflinePolicyValidator(), new OfflineCustomPolicyChecks(),
                    OFFLINE_EVALUATOR, OFFLINE_EVALUATOR, Optional.empty());
        }
        return offline;
    }

    /** Live on these clients; closing the result closes them. */
    public static Backends live(LiveBackend aws, RunMode mode) {
        if (!mode.live()) {
            throw new IllegalArgumentException("a live backend needs a live run mode");
        }
        return new Backends(mode, remembering(aws.policyValidator()), aws.customChecks(), aws.roleSimulator(),
                aws.policySimulator(), Optional.of(aws));
    }

    /**
     * A live run asks ValidatePolicy once per document: the Access Analyzer scenarios and the gate's
     * findings ask about the same documents, and AWS's answer does not change within a run. Only
     * answers are remembered; a failed call is asked again.
     */
    private static PolicyValidator remembering(PolicyValidator validator) {
        Map<ValidateRequest, ValidationResult> answers = new ConcurrentHashMap<>();
        return request -> {
            ValidationResult known = answers.get(request);
            if (known != null) {
                return known;
            }
            ValidationResult fresh = validator.validate(request);
            answers.put(request, fresh);
            return fresh;
        };
    }

    /**
     * Live: the credentials are resolved now, so a run without them is one line (a tool error)
     * before any work. Offline: nothing to check.
     */
    public Backends requireCredentials() {
        live.ifPresent(LiveBackend::requireCredentials);
        return this;
    }

    /** The one place a run's backends are chosen: the offline engines, or AWS as the environment configures it. */
    public static Backends select(RunMode.Mode mode) {
        if (mode == RunMode.Mode.OFFLINE) {
            return offline();
        }
        LiveBackend aws = LiveBackend.fromEnvironment();
        return live(aws, RunMode.live(aws.region()));
    }

    /** After a deploy: always live, as the environment configures AWS, about the role with this ARN. */
    public static Backends deployed(String roleArn) {
        LiveBackend aws = LiveBackend.fromEnvironment();
        return live(aws, RunMode.deployed(aws.region(), roleArn));
    }

    /** The same backends answering ValidatePolicy with {@code other}: for tests of the glue. */
    public Backends withValidator(PolicyValidator other) {
        return new Backends(mode, other, customChecks, simulator, asGiven, live);
    }

    public RunMode mode() {
        return mode;
    }

    public PolicyValidator validator() {
        return validator;
    }

    public CustomPolicyChecks customChecks() {
        return customChecks;
    }

    /** The simulator for the rule book's questions, asked as the role under review. */
    public PolicySimulator simulator() {
        return simulator;
    }

    /** The simulator for a request exactly as a user wrote it ({@code simulate-custom-policy}). */
    public PolicySimulator requestSimulator() {
        return asGiven;
    }

    /**
     * "Could any request ever be allowed?" is keyless's own question (the simulator answers one exact
     * request), so it is always answered offline, in either mode.
     */
    public OpenWorldEvaluator openWorldEvaluator() {
        return OFFLINE_EVALUATOR;
    }

    /** Role trust policies are always simulated offline, in either mode (aws-cli issue 10314). */
    public PolicySimulator trustSimulator() {
        return OFFLINE_EVALUATOR;
    }

    /** AWS itself, for what only a live run can ask (the deployed role); a tool error offline. */
    public LiveBackend aws(String why) {
        return live.orElseThrow(() -> new UserError(why + " needs AWS: run it live (--live or " + RunMode.ENV
                + "=live), with AWS credentials"));
    }

    /** Requests sent to AWS so far, per {@code Service.Operation}, retries included; empty offline. */
    public Map<String, Integer> requestCounts() {
        return live.map(LiveBackend::requestCounts).orElse(Map.of());
    }

    @Override
    public void close() {
        live.ifPresent(LiveBackend::close);
    }

    // ---- the run's choice, for the glue ----

    public static synchronized void use(Backends backends) {
        current = Objects.requireNonNull(backends);
    }

    public static synchronized void reset() {
        current = null;
    }

    /** The chosen backends, or the offline ones when no runner chose (the JUnit suite under {@code make test}). */
    public static synchronized Backends current() {
        return current != null ? current : offline();
    }
}
