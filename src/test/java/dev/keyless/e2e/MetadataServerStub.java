package dev.keyless.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GCE metadata server as the startup script uses it, on 127.0.0.1: instance attributes under
 * {@code /computeMetadata/v1/instance/attributes/KEY} and the service account's ID token under
 * {@code .../service-accounts/default/identity?audience=AUD&format=full}. As Google's server does,
 * it answers only requests with {@code Metadata-Flavor: Google} (403 otherwise) and 404 for what it
 * does not hold. Every request is recorded, so a test can tell what the script asked for.
 */
final class MetadataServerStub implements AutoCloseable {

    static final String PREFIX = "/computeMetadata/v1/instance/";

    private final HttpServer server;
    private final Map<String, String> attributes;
    private final IdTokenMinter token;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> minted = Collections.synchronizedList(new ArrayList<>());

    MetadataServerStub(Map<String, String> attributes, IdTokenMinter token) {
        this.attributes = new LinkedHashMap<>(attributes);
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Paths and queries requested, in order. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The ID tokens handed out, in order. */
    List<String> minted() {
        synchronized (minted) {
            return List.copyOf(minted);
        }
    }

    private void answer(HttpExchange x) throws IOException {
        try (x) {
            URI uri = x.getRequestURI();
            requests.add(uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery());
            if (!"Google".equals(x.getRequestHeaders().getFirst("Metadata-Flavor"))) {
                send(x, 403, "Missing Metadata-Flavor:Google header.");
                return;
            }
            String path = uri.getPath();
            if (path.startsWith(PREFIX + "attributes/") && attributes.containsKey(path.substring((PREFIX + "attributes/").length()))) {
                send(x, 200, attributes.get(path.substring((PREFIX + "attributes/").length())));
            } else if (path.equals(PREFIX + "service-accounts/default/identity")) {
                String audience = query(uri).get("audience");
                if (audience == null || audience.isEmpty()) {
                    send(x, 400, "non-empty audience parameter required");
                    return;
                }
                String jwt = token.mint(audience, Instant.now());
                minted.add(jwt);
                send(x, 200, jwt);
            } else {
                send(x, 404, "Not Found");
            }
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/text");
        x.getResponseHeaders().set("Metadata-Flavor", "Google");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
