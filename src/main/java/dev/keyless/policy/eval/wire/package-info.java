/**
 * AWS's JSON shapes for the evaluator: the {@code SimulateCustomPolicy} request as
 * {@code --cli-input-json} takes it (plus keyless's {@code CallerPrincipal}), and
 * {@code EvaluationResults} as the AWS CLI prints them. Pure Jackson streaming, no SDK.
 */
package dev.keyless.policy.eval.wire;
