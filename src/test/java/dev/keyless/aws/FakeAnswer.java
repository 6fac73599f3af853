package dev.keyless.aws;

import java.util.Map;

/** One computed answer of the fake: status, content type, body, extra headers. */
record FakeAnswer(int status, String contentType, String body, Map<String, String> headers) {

    static FakeAnswer json(String body) {
        return new FakeAnswer(200, "application/json", body, Map.of());
    }

    /** An Access Analyzer error: the status, the type in {@code x-amzn-ErrorType}, a JSON message. */
    static FakeAnswer jsonError(int status, String type, String message) {
        return new FakeAnswer(status, "application/json", "{\"message\":" + FakeXml.jsonString(message) + "}",
                Map.of("x-amzn-ErrorType", type));
    }

    static FakeAnswer xml(String body) {
        return new FakeAnswer(200, "text/xml", body, Map.of());
    }

    /** An IAM error: {@code <ErrorResponse>} with AWS's code and message. */
    static FakeAnswer xmlError(int status, String code, String message) {
        return new FakeAnswer(status, "text/xml", "<ErrorResponse xmlns=\"" + FakeXml.NS + "\"><Error><Type>Sender</Type><Code>"
                + code + "</Code><Message>" + FakeXml.escape(message) + "</Message></Error>"
                + "<RequestId>6f8c1a2e-FAKE-ERROR</RequestId></ErrorResponse>", Map.of());
    }
}
