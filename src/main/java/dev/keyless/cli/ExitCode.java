package dev.keyless.cli;

/** Exit codes shared by every verb, as AWS's policy validators use them. */
public final class ExitCode {

    /** Compliant, or the command did what was asked. */
    public static final int OK = 0;
    /** Tool error: bad input, unreachable service, missing credentials. Never a pass. */
    public static final int TOOL_ERROR = 1;
    /** The input was judged and has blocking findings or violations. */
    public static final int VIOLATIONS = 2;

    private ExitCode() {}
}
