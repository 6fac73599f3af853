package dev.keyless.policy.eval;

import dev.keyless.policy.model.Policy;
import dev.keyless.policy.model.Position;
import dev.keyless.policy.model.Statement;

/**
 * Where the simulator says a matched statement starts and ends. AWS documents only "the row and column
 * of the beginning/end of the Statement"; its published responses pin the rule down. Lines and columns
 * count from 1, and both points are where a streaming JSON reader stands after the token before the
 * statement and after the statement's closing brace:
 * <ul>
 * <li>end: just after the statement's {@code }} (aws-cli's simulate-custom-policy example, policy
 *     {@code {"Version":"2012-10-17","Statement":{"Effect":"Allow",...}}} on one line: EndPosition
 *     column 167, the brace being the 166th character);</li>
 * <li>start of the first statement: just after the {@code [} of the Statement array, or after the
 *     {@code {} of a single statement object (same example: StartPosition column 38, the brace being the
 *     37th character; AdministratorAccess reported from line 3, the line of {@code "Statement": [});</li>
 * <li>start of a later statement: where the previous one ended, before the comma (a bucket policy with
 *     two statements reported 38–248 and 248–470).</li>
 * </ul>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_Statement.html">Statement</a>
 */
final class StatementSpan {

    private StatementSpan() {}

    static LineColumn end(Statement s) {
        Position end = s.location().span().end();
        return new LineColumn(end.line(), end.column() + 1);
    }

    static LineColumn firstStart(Policy policy, Statement first) {
        Position open = policy.statementLocation().map(l -> l.span().start())
                .orElse(first.location().span().start());
        return new LineColumn(open.line(), open.column() + 2);
    }
}
