/**
 * The offline IAM evaluator: answers {@code SimulateCustomPolicy} questions as AWS's policy
 * evaluation logic does, without a network. Policies are read with {@code dev.keyless.policy.parse},
 * compiled once per distinct document text into matchers, and evaluated per action and resource.
 *
 * <p>Entry points: {@link dev.keyless.policy.eval.Evaluator} (one decision) and
 * {@link dev.keyless.policy.eval.PolicySimulator} (the AWS-shaped port a live backend also implements).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">Policy evaluation logic</a>
 */
package dev.keyless.policy.eval;
