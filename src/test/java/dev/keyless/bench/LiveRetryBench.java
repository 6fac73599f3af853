package dev.keyless.bench;

import dev.keyless.aws.AccessAnalyzerCustomChecks;
import dev.keyless.aws.AccessAnalyzerPolicyValidator;
import dev.keyless.aws.AwsClients;
import dev.keyless.aws.AwsSettings;
import dev.keyless.aws.FakeAws;
import dev.keyless.aws.IamPolicySimulator;
import dev.keyless.aws.LiveCallException;
import dev.keyless.aws.SimulationInput;
import dev.keyless.policy.access.AccessCheckPolicyType;
import dev.keyless.policy.access.AccessNotGrantedRequest;
import dev.keyless.policy.access.NoPublicAccessRequest;
import dev.keyless.policy.lint.ValidateRequest;

import java.util.List;

/**
 * Live mode's retry behaviour and request counts with the shipped defaults (5 attempts, adaptive
 * retries, 1 s throttling backoff base, 20 s cap, 60 s per call), against the local fake. One line
 * per figure. Run: {@code make bench} or java -cp ... dev.keyless.bench.LiveRetryBench
 */
public final class LiveRetryBench {

    private LiveRetryBench() {}

    /** Time between consecutive attempts as the fake logged them: the backoff plus rate limiting. */
    private static List<Long> gaps(FakeAws fake) {
        var times = fake.requests(FakeAws.VALIDATE).stream().map(r -> r.getLoggedDate().getTime()).sorted().toList();
        return java.util.stream.IntStream.range(1, times.size()).mapToObj(i -> times.get(i) - times.get(i - 1)).toList();
    }

    public static void main(String[] args) {
        String read = FakeAws.fixture("requests/deployed-read-policy.json");
        String trust = FakeAws.fixture("requests/deployed-trust-policy.json");
        try (FakeAws fake = new FakeAws()) {
            AwsSettings shipped = AwsSettings.defaults().withEndpoint(fake.endpoint()).withCredentials(FakeAws.EXAMPLE_CREDENTIALS);

            fake.fail(FakeAws.VALIDATE, 429, "ThrottlingException", "access-analyzer/error-throttling.json");
            long t0 = System.nanoTime();
            String outcome;
            try (AwsClients c = AwsClients.create(shipped)) {
                new AccessAnalyzerPolicyValidator(c).validate(ValidateRequest.identity(read));
                outcome = "passed (wrong)";
            } catch (LiveCallException e) {
                outcome = e.fault().name();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("throttled forever: attempts=%d wall=%d ms waits=%s ms outcome=%s%n",
                    fake.requests(FakeAws.VALIDATE).size(), ms, gaps(fake), outcome);

            fake.reset();
            fake.failThenAnswer(FakeAws.VALIDATE, 2, 429, "ThrottlingException", "access-analyzer/error-throttling.json",
                    "access-analyzer/validate-policy-no-findings.json");
            t0 = System.nanoTime();
            try (AwsClients c = AwsClients.create(shipped)) {
                new AccessAnalyzerPolicyValidator(c).validate(ValidateRequest.identity(read));
            }
            System.out.printf("throttled twice then answered: attempts=%d wall=%d ms waits=%s ms%n",
                    fake.requests(FakeAws.VALIDATE).size(), (System.nanoTime() - t0) / 1_000_000, gaps(fake));

            fake.reset();
            fake.answer(FakeAws.VALIDATE, "access-analyzer/validate-policy-no-findings.json");
            fake.answer(FakeAws.NO_PUBLIC_ACCESS, "access-analyzer/check-no-public-access-pass.json");
            fake.answer(FakeAws.ACCESS_NOT_GRANTED, "access-analyzer/check-access-not-granted-pass.json");
            fake.iamAnswer("SimulateCustomPolicy", "iam/simulate-principal-policy.xml");
            t0 = System.nanoTime();
            try (AwsClients c = AwsClients.create(shipped)) {
                var validator = new AccessAnalyzerPolicyValidator(c);
                validator.validate(ValidateRequest.trust(trust));
                validator.validate(ValidateRequest.identity(read));
                new AccessAnalyzerCustomChecks(c).checkNoPublicAccess(NoPublicAccessRequest.trust(trust));
                new AccessAnalyzerCustomChecks(c).checkAccessNotGranted(AccessNotGrantedRequest.actions(read,
                        AccessCheckPolicyType.IDENTITY_POLICY, List.of("s3:PutObject", "s3:DeleteObject", "s3:PutBucketPolicy")));
                new IamPolicySimulator(c).simulateCustomPolicy(SimulationInput.of(List.of(read),
                        List.of("s3:GetObject", "s3:DeleteObject"), List.of("arn:aws:s3:::keyless-data-example/*")));
                System.out.printf("adapter round (2 validate, 1 public-access, 1 access-not-granted, 1 simulate):"
                        + " requests=%s wall=%d ms%n", c.requestCounts(), (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
