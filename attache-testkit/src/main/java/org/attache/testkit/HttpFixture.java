package org.attache.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local HTTP server for tests of the fetcher and of {@code attache watch}: bound to 127.0.0.1 on a free port,
 * answering each path with the handler the test gave it, and logging every request (time, path, the headers that
 * matter), so a test can show what a client did. Tests never reach any other address. Paths without a handler get
 * a 404. Handlers run on their own threads, so a slow or endless one does not hold up the others; closing the
 * fixture ends them.
 */
public final class HttpFixture implements AutoCloseable {
    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange, HttpFixture fixture) throws IOException;
    }

    /**
     * One request as the server saw it.
     *
     * @param nanos   {@link System#nanoTime()} when it arrived
     * @param path    path and query
     * @param headers request headers, names in lower case (first value of each)
     */
    public record Request(long nanos, String method, String path, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> log = new ArrayList<>();
    private volatile boolean closed;

    private HttpFixture(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /** Starts a fixture on 127.0.0.1 and a free port. */
    public static HttpFixture start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        ExecutorService threads = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("fixture-", 1)
                .factory());
        HttpFixture fixture = new HttpFixture(server, threads);
        server.setExecutor(threads);
        server.createContext("/", fixture::dispatch);
        server.start();
        return fixture;
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        synchronized (log) {
            log.add(new Request(System.nanoTime(), exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                    Map.copyOf(headers)));
        }
        try (exchange) {
            Handler handler = routes.get(path);
            if (handler == null) {
                respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                handler.handle(exchange, this);
            }
        } catch (IOException e) {
            // the client went away (a timeout, a size cap): nothing to answer
        }
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers {@code path} (without query) with {@code handler}, replacing any earlier one. */
    public HttpFixture route(String path, Handler handler) {
        routes.put(path, handler);
        return this;
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** The requests so far whose path (without query) is {@code path}. */
    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path) || r.path().startsWith(path + "?")).toList();
    }

    /** Forgets the requests logged so far. */
    public void clearRequests() {
        synchronized (log) {
            log.clear();
        }
    }

    /** True once the fixture is closing: long-running handlers should stop. */
    public boolean closed() {
        return closed;
    }

    /** Sends a complete response with a body. */
    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** A handler that always sends {@code body}. */
    public static Handler body(String contentType, byte[] body) {
        return (exchange, fixture) -> respond(exchange, 200, contentType, body);
    }

    /** A handler that always sends {@code text} as UTF-8. */
    public static Handler body(String contentType, String text) {
        return body(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A handler for a document that supports conditional GET: it sends {@code ETag} and {@code Last-Modified} and
     * answers 304 when the request's {@code If-None-Match} (or, without one, {@code If-Modified-Since}) matches.
     * The body comes from {@code body} at each request, so a test can change the document between requests.
     */
    public static Handler conditional(String contentType, java.util.function.Supplier<byte[]> body) {
        return (exchange, fixture) -> {
            byte[] bytes = body.get();
            String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
            String lastModified = "Mon, 06 Jan 2025 08:00:00 GMT";
            Headers request = exchange.getRequestHeaders();
            String ifNoneMatch = request.getFirst("If-None-Match");
            String ifModifiedSince = request.getFirst("If-Modified-Since");
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            if (ifNoneMatch != null ? ifNoneMatch.equals(etag) : lastModified.equals(ifModifiedSince)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            respond(exchange, 200, contentType, bytes);
        };
    }

    /** A handler answering {@code status} with headers given as name, value, name, value… and no body. */
    public static Handler status(int status, String... headers) {
        return (exchange, fixture) -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                exchange.getResponseHeaders().set(headers[i], headers[i + 1]);
            }
            exchange.sendResponseHeaders(status, -1);
        };
    }

    /** A handler redirecting (302) to {@code location}. */
    public static Handler redirect(String location) {
        return status(302, "Location", location);
    }

    /** A handler that sends headers, then one byte every {@code every} until closed: a response that never ends in time. */
    public static Handler trickle(Duration every) {
        return (exchange, fixture) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!fixture.closed() && System.nanoTime() < end) {
                out.write('<');
                out.flush();
                sleep(every);
            }
        };
    }

    /** A handler that waits {@code delay} before it answers at all. */
    public static Handler stall(Duration delay, Handler then) {
        return (exchange, fixture) -> {
            long end = System.nanoTime() + delay.toNanos();
            while (!fixture.closed() && System.nanoTime() < end) {
                sleep(Duration.ofMillis(20));
            }
            then.handle(exchange, fixture);
        };
    }

    /** A handler that streams chunked bytes as fast as it can until the client stops reading: an endless body. */
    public static Handler endless(String contentType) {
        return (exchange, fixture) -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            byte[] chunk = "<p>and more and more</p>\n".repeat(400).getBytes(StandardCharsets.US_ASCII);
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!fixture.closed() && System.nanoTime() < end) {
                out.write(chunk);
            }
        };
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
