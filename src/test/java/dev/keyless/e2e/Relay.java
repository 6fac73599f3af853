package dev.keyless.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relay in front of moto for the Query-protocol services (IAM, STS), recording what goes through.
 * It also splits IAM's one endpoint in two, since keyless sends the IAM reads and the IAM policy
 * simulator to the same {@code AWS_ENDPOINT_URL_IAM}: {@code SimulatePrincipalPolicy} and
 * {@code SimulateCustomPolicy}, which moto does not implement, go to the project's fake; every
 * other request goes to moto.
 *
 * <p>Requests are relayed byte for byte, so moto checks the very SigV4 signature the client made:
 * an HTTP proxy library re-serializes signed headers (WireMock's proxy rewrites
 * {@code charset=utf-8} to {@code UTF-8}, and moto then rightly answers SignatureDoesNotMatch). Only
 * the unsigned {@code Connection} header is set to {@code close}, one request per connection.
 * Bounded: 64 KiB heads, 1 MiB bodies, 30 s per read.
 */
final class Relay implements AutoCloseable {

    private static final Pattern ACTION = Pattern.compile("(?:^|&)Action=([A-Za-z]+)(?:&|$)");
    private static final Pattern CONNECTION = Pattern.compile("(?im)^connection:[^\\r\\n]*\\r\\n");
    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 1024 * 1024;
    private static final int TIMEOUT_MS = 30_000;

    private final ServerSocket server;
    private final URI moto;
    private final URI fake;
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "iam-router");
        t.setDaemon(true);
        return t;
    });
    /** One request relayed to moto: its Action, its head (request line and headers) and its form. */
    record Sent(String action, String head, String form) {
        boolean signed() {
            return head.toLowerCase(Locale.ROOT).contains("\r\nauthorization:");
        }
    }

    private final List<Sent> toMoto = Collections.synchronizedList(new ArrayList<>());

    Relay(URI moto, URI fake) {
        this.moto = moto;
        this.fake = fake;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workers.execute(this::accept);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** The requests relayed to moto since the last {@link #forget()}, in the order received. */
    List<Sent> sent() {
        synchronized (toMoto) {
            return List.copyOf(toMoto);
        }
    }

    /** Their actions. */
    List<String> sentToMoto() {
        return sent().stream().map(Sent::action).toList();
    }

    void forget() {
        toMoto.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                workers.execute(() -> relay(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        try (client) {
            client.setSoTimeout(TIMEOUT_MS);
            InputStream in = client.getInputStream();
            String head = head(in);
            byte[] body = in.readNBytes(contentLength(head));
            String form = new String(body, StandardCharsets.UTF_8);
            Matcher action = ACTION.matcher(form);
            String name = action.find() ? action.group(1) : "";
            boolean simulator = name.equals("SimulatePrincipalPolicy") || name.equals("SimulateCustomPolicy");
            if (!simulator) {
                toMoto.add(new Sent(name, head, form));
            }
            URI target = simulator ? fake : moto;
            try (Socket upstream = new Socket(target.getHost(), target.getPort())) {
                upstream.setSoTimeout(TIMEOUT_MS);
                OutputStream out = upstream.getOutputStream();
                out.write(closing(head).getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                byte[] answer = upstream.getInputStream().readNBytes(MAX_BODY);
                client.getOutputStream().write(closingAnswer(answer));
                client.getOutputStream().flush();
            }
        } catch (IOException e) {
            // the client sees a closed connection, which keyless reports as such
        }
    }

    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || head.size() >= MAX_HEAD) {
                throw new IOException("no complete request head");
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) throws IOException {
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("transfer-encoding:")) {
                throw new IOException("chunked requests are not relayed");
            }
            if (lower.startsWith("content-length:")) {
                int n = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
                if (n < 0 || n > MAX_BODY) {
                    throw new IOException("body of " + n + " bytes");
                }
                return n;
            }
        }
        return 0;
    }

    /** The head without its Connection header, asking for {@code Connection: close}. */
    private static String closing(String head) {
        String rest = CONNECTION.matcher(head).replaceAll("");
        return rest.substring(0, rest.length() - 2) + "Connection: close\r\n\r\n";
    }

    private static byte[] closingAnswer(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return answer;
        }
        return (closing(text.substring(0, end + 4)) + text.substring(end + 4)).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        workers.shutdownNow();
    }
}
