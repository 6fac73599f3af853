package dev.keyless.aws;

import dev.keyless.aws.LiveCallException.Fault;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Turns whatever the SDK throws into one {@link LiveCallException} with one line saying what
 * happened and what to do. Error codes are AWS's: Access Analyzer's come from the
 * {@code x-amzn-ErrorType} header, IAM's from the {@code <Code>} of its XML error body.
 */
final class AwsFaults {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException");
    private static final Set<String> EXPIRED = Set.of("ExpiredToken", "ExpiredTokenException", "RequestExpired",
            "TokenRefreshRequired");
    private static final Set<String> INVALID_CREDENTIALS = Set.of("InvalidClientTokenId", "UnrecognizedClientException",
            "SignatureDoesNotMatch", "InvalidSignatureException", "IncompleteSignature", "MissingAuthenticationToken",
            "AuthFailure", "InvalidAccessKeyId");

    private AwsFaults() {}

    static LiveCallException translate(AwsOperation op, SdkException e, AwsClients clients) {
        if (e instanceof AwsServiceException ase) {
            return fromService(op, ase, clients);
        }
        String attempts = attempts(e, clients);
        if (e instanceof ApiCallTimeoutException) {
            return new LiveCallException(Fault.TIMEOUT, op, op.title() + " gave no answer within "
                    + seconds(clients.settings().callTimeout()) + " (the time limit of one call, " + attempts
                    + "); try again later or check the network", e);
        }
        if (e instanceof ApiCallAttemptTimeoutException || has(e, SocketTimeoutException.class)
                || has(e, InterruptedIOException.class) && !has(e, SocketException.class)) {
            return new LiveCallException(Fault.TIMEOUT, op, op.title() + " at " + clients.endpointOf(op.service())
                    + " did not answer in time (" + attempts + "); try again later or check the network", e);
        }
        if (has(e, ConnectException.class) || has(e, UnknownHostException.class)
                || has(e, NoRouteToHostException.class)) {
            return new LiveCallException(Fault.UNREACHABLE, op, "cannot reach " + op.title() + " at "
                    + clients.endpointOf(op.service()) + " (" + Messages.oneLine(rootMessage(e)) + ", " + attempts
                    + "); check the network, a proxy, or " + op.service().endpointVariable() + "/AWS_ENDPOINT_URL", e);
        }
        if (unreadable(e)) {
            return LiveCallException.malformed(op, "a body that is not valid "
                    + (op.service() == AwsService.IAM ? "XML" : "JSON") + " (" + Messages.oneLine(e.getMessage()) + ")");
        }
        if (has(e, SocketException.class) || has(e, EOFException.class) || named(e, "NoHttpResponseException")
                || named(e, "SSLException") || named(e, "ConnectionClosedException")) {
            return new LiveCallException(Fault.CONNECTION_LOST, op, op.title() + ": the connection to "
                    + clients.endpointOf(op.service()) + " was reset or closed before an answer arrived ("
                    + Messages.oneLine(rootMessage(e)) + ", " + attempts + "); try again, or check a proxy or firewall", e);
        }
        if (String.valueOf(e.getMessage()).startsWith("Unable to load credentials")) {
            return new LiveCallException(Fault.NO_CREDENTIALS, op, "no usable AWS credentials for " + op.title()
                    + "; configure them as for the AWS CLI (AWS_PROFILE, AWS_ACCESS_KEY_ID, or a role)", e);
        }
        return new LiveCallException(Fault.CALL_FAILED, op, op.title() + " failed (" + Messages.oneLine(e.getMessage())
                + ", " + attempts + ")", e);
    }

    private static LiveCallException fromService(AwsOperation op, AwsServiceException e, AwsClients clients) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String said = (code == null ? "no error code in the answer" : code) + ": "
                + Messages.oneLine(e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage());
        // An error body the SDK found no code in is judged by its status alone (Set.of refuses null).
        String known = code == null ? "" : code;
        if (ACCESS_DENIED.contains(known)) {
            return new LiveCallException(Fault.ACCESS_DENIED, op, "AWS denied " + op.permission() + " (" + said
                    + "); grant " + op.permission() + " to the identity keyless runs as:"
                    + " policy-fixtures/verifier-policy.json lists every permission live mode needs", e);
        }
        if (EXPIRED.contains(known)) {
            return new LiveCallException(Fault.EXPIRED_CREDENTIALS, op, "the AWS credentials have expired (" + said
                    + "); refresh them ('aws sso login', or new session credentials) and run again", e);
        }
        if (INVALID_CREDENTIALS.contains(known)) {
            return new LiveCallException(Fault.INVALID_CREDENTIALS, op, "AWS rejected the credentials for "
                    + op.title() + " (" + said + "); check AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY", e);
        }
        if (e.isThrottlingException()) {
            return new LiveCallException(Fault.THROTTLED, op, "AWS kept throttling " + op.title() + " (" + said + ", "
                    + attempts(e, clients) + "); wait a minute and run again, or raise AWS_MAX_ATTEMPTS", e);
        }
        if ("NoSuchEntity".equals(code) || "NoSuchEntityException".equals(code)) {
            return new LiveCallException(Fault.NOT_FOUND, op, op.title() + ": IAM has no such entity (" + said
                    + "); is the stack deployed, in the account these credentials belong to?", e);
        }
        if (e.statusCode() >= 500) {
            return new LiveCallException(Fault.SERVICE_ERROR, op, op.title() + " failed on AWS's side (HTTP "
                    + e.statusCode() + " " + said + ", " + attempts(e, clients) + "); try again later", e);
        }
        return new LiveCallException(Fault.REQUEST_REJECTED, op, op.title() + " rejected the request (HTTP "
                + e.statusCode() + " " + said + ")", e);
    }

    private static String attempts(SdkException e, AwsClients clients) {
        Integer n = e.numAttempts();
        int count = n == null ? clients.settings().maxAttempts() : n;
        return count == 1 ? "1 attempt" : count + " attempts";
    }

    private static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** The SDK reports bodies it cannot parse as client exceptions caused by its JSON or XML reader. */
    private static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName().toLowerCase(Locale.ROOT);
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("jsonparse") || name.contains("xmlstream") || name.contains("saxparse")
                    || name.contains("jsonprocessing") || msg.contains("unmarshall")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getSimpleName().equals(simpleName)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
