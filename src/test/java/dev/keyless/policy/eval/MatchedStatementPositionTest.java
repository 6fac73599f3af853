package dev.keyless.policy.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statement positions as the IAM simulator reports them, checked against AWS's own published responses
 * (see {@link StatementSpan} for the sources).
 */
class MatchedStatementPositionTest {

    private final OfflineEvaluator evaluator = new OfflineEvaluator();

    /** aws-cli awscli/examples/iam/simulate-custom-policy.rst, Example 1. */
    @Test
    void single_statement_object_reports_aws_cli_example_positions() throws Exception {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\","
                + "\"Resource\":\"*\",\"Condition\":{\"DateGreaterThan\":{\"aws:CurrentTime\":\"2018-08-16T12:00:00Z\"}}}}";
        EvaluationResult r = evaluator.evaluate(Request.builder("dynamodb:CreateBackup", "*").identity(policy)
                .context("aws:CurrentTime", ContextKeyType.DATE, "2019-04-25T11:00:00Z").build());
        assertThat(r.evalDecision()).isEqualTo(Decision.ALLOWED);
        MatchedStatement m = r.matchedStatements().get(0);
        assertThat(m.sourcePolicyId()).isEqualTo("PolicyInputList.1");
        assertThat(m.startPosition()).isEqualTo(new LineColumn(1, 38));
        assertThat(m.endPosition()).isEqualTo(new LineColumn(1, 167));
        assertThat(r.missingContextValues()).isEmpty();
    }

    /** A bucket policy as S3 returns it (compact) and a role policy as Python's json.dumps writes it. */
    @Test
    void later_statements_start_where_the_previous_one_ended() throws Exception {
        String bucket = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":[\"arn:aws:s3:::tims-fancy-bucket/*\","
                + "\"arn:aws:s3:::tims-fancy-bucket\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}},"
                + "{\"Sid\":\"DenyTimDelete\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:DeleteObject\","
                + "\"Resource\":\"arn:aws:s3:::tims-fancy-bucket/*\",\"Condition\":{\"ArnLike\":{\"aws:PrincipalArn\":"
                + "\"arn:aws:iam::112233445566:role/tims-test-role\"}}}]}";
        String role = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"s3\", \"Effect\": \"Allow\", \"Action\":"
                + " [\"s3:GetObject\", \"s3:DeleteObject\"], \"Resource\": [\"arn:aws:s3:::tims-fancy-bucket/only-here/*\"]}]}";
        Request.Builder b = Request.builder("s3:DeleteObject", "arn:aws:s3:::tims-fancy-bucket/only-here/some-obj")
                .identity(role).resourcePolicy(bucket).callerArn("arn:aws:iam::112233445566:user/dummy")
                .context("aws:principalarn", ContextKeyType.STRING, "arn:aws:iam::112233445566:role/tims-test-role")
                .context("aws:SecureTransport", ContextKeyType.BOOLEAN, "true");
        EvaluationResult r = evaluator.evaluate(b.build());
        assertThat(r.evalDecision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(r.matchedStatements()).extracting(MatchedStatement::sourcePolicyId, MatchedStatement::startPosition,
                        MatchedStatement::endPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ResourcePolicy", new LineColumn(1, 248), new LineColumn(1, 470)));
        EvaluationResult get = evaluator.evaluate(Request.builder("s3:GetObject", "arn:aws:s3:::tims-fancy-bucket/only-here/some-obj")
                .identity(role).resourcePolicy(bucket).callerArn("arn:aws:iam::112233445566:user/dummy")
                .context("aws:SecureTransport", ContextKeyType.BOOLEAN, "false").build());
        assertThat(get.evalDecision()).isEqualTo(Decision.EXPLICIT_DENY);
        assertThat(get.matchedStatements().get(0).startPosition()).isEqualTo(new LineColumn(1, 38));
        assertThat(get.matchedStatements().get(0).endPosition()).isEqualTo(new LineColumn(1, 248));
        EvaluationResult allowed = evaluator.evaluate(Request.builder("s3:GetObject", "arn:aws:s3:::tims-fancy-bucket/only-here/some-obj")
                .identity(role).resourcePolicy(bucket).callerArn("arn:aws:iam::112233445566:user/dummy")
                .context("aws:SecureTransport", ContextKeyType.BOOLEAN, "true").build());
        assertThat(allowed.evalDecision()).isEqualTo(Decision.ALLOWED);
        assertThat(allowed.matchedStatements()).extracting(MatchedStatement::sourcePolicyId, MatchedStatement::startPosition,
                MatchedStatement::endPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PolicyInputList.1", new LineColumn(1, 41), new LineColumn(1, 180)));
    }

    /** AdministratorAccess as stored by IAM (two-space indent): reported from 3:17 to 8:6. */
    @Test
    void pretty_printed_statement_array_starts_on_the_statement_line() throws Exception {
        String admin = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
                + "      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}";
        List<MatchedStatement> m = evaluator.evaluate(Request.builder("s3:ListAllMyBuckets", "*").identity(admin).build())
                .matchedStatements();
        assertThat(m.get(0).startPosition()).isEqualTo(new LineColumn(3, 17));
        assertThat(m.get(0).endPosition()).isEqualTo(new LineColumn(8, 6));
    }
}
