package dev.keyless.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the HTTP requests the clients send, retries included, per {@code Service.Operation}: the
 * figure a run reports (custom checks are billed per call) and what tests compare with the fake's
 * own log.
 */
public final class RequestCounter implements ExecutionInterceptor {

    private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();

    /** Runs once per attempt, just before the request goes on the wire. */
    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String key = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "."
                + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        sent.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** Requests sent so far, keyed like {@code AccessAnalyzer.ValidatePolicy}, in name order. */
    public Map<String, Integer> snapshot() {
        Map<String, Integer> out = new TreeMap<>();
        sent.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    public int total() {
        return sent.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
