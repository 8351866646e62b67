package org.attache.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.Objects;
import org.attache.store.Store;
import org.attache.web.api.ApiError;
import org.attache.web.api.ApiRoutes;
import org.attache.web.api.Responses;
import org.attache.json.Json;
import org.attache.web.pages.Pages;
import org.attache.web.pages.Templates;
import org.attache.web.pages.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading room's HTTP server: the JSON API under {@code /api} (described by {@code /api/openapi.yaml}),
 * the server-rendered pages, {@code /static/} (the site's CSS and scripts) and {@code /assets/echarts/}
 * (the chart library, from its WebJar: nothing is loaded from a CDN).
 *
 * <p><b>Safety.</b> Every response carries a Content-Security-Policy that allows scripts, styles and
 * images from this origin only (no inline script or style), {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: same-origin} and {@code X-Frame-Options: DENY}. Writes go through
 * {@link WebAuth}. Errors under {@code /api} are JSON ({@code {"error": {"status", "message"}}}); an
 * unexpected failure is logged with its stack trace and answered with a generic message, never the trace.
 *
 * <p><b>Threads.</b> Requests run on virtual threads; the store serialises its own database access.
 * The server does not own the store: {@link #stop()} leaves it open.
 */
public final class WebServer implements AutoCloseable {
    /** Error pages outside the API; Pages renders its own. */
    private static final Templates ERROR_PAGES = new Templates();
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** The Content-Security-Policy of every response. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    private final Javalin app;
    private final WebConfig config;
    private final WebAuth auth;

    private WebServer(Javalin app, WebConfig config, WebAuth auth) {
        this.app = app;
        this.config = config;
        this.auth = auth;
    }

    /**
     * Starts serving {@code store} on {@code config.bind()}:{@code config.port()}. In server mode the token
     * is read from, or created in, the data folder first ({@link #auth()} tells whether it is new).
     *
     * @throws IllegalStateException when the port cannot be bound (the message names address and port)
     */
    public static WebServer start(Store store, WebConfig config) {
        return start(store, config, null);
    }

    /**
     * Starts serving as {@link #start(Store, WebConfig)} does, with {@code POST /api/ingest} running
     * {@code ingestor} on uploads (a write: the token is needed in server mode).
     *
     * @param ingestor the pipeline, or null to answer 503 on {@code /api/ingest}
     */
    public static WebServer start(Store store, WebConfig config, PageIngestor ingestor) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(config, "config");
        WebAuth auth = WebAuth.open(config);
        Javalin app = Javalin.create(javalin -> configure(javalin, store, config, auth, ingestor));
        try {
            app.start();
        } catch (RuntimeException e) {
            try {
                app.stop();
            } catch (RuntimeException stop) {
                e.addSuppressed(stop);
            }
            throw new IllegalStateException("cannot serve on " + config.bind() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
        LOG.info("Serving {} on http://{}:{}/ ({})", config.dataDir(), config.bind(), app.port(), auth);
        return new WebServer(app, config, auth);
    }

    private static void configure(JavalinConfig c, Store store, WebConfig config, WebAuth auth,
                                  PageIngestor ingestor) {
        c.jetty.host = config.bind();
        c.jetty.port = config.port();
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.concurrency.useVirtualThreads = true;
        c.http.maxRequestSize = ApiRoutes.MAX_UPLOAD_BYTES; // /api/ingest takes a page; other bodies are tiny
        c.router.ignoreTrailingSlashes = true;
        c.jsonMapper(new JavalinJackson(Json.mapper(), false));
        c.staticFiles.add(s -> {
            s.hostedPath = "/static";
            s.directory = "/org/attache/web/static";
            s.location = Location.CLASSPATH;
            s.headers = Map.of("Cache-Control", "max-age=300");
        });
        c.staticFiles.add(s -> {
            s.hostedPath = "/assets/echarts";
            s.directory = "/META-INF/resources/webjars/echarts";
            s.location = Location.CLASSPATH;
            s.headers = Map.of("Cache-Control", "max-age=86400");
        });

        HostGuard hosts = HostGuard.of(config);
        c.routes.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            if (!hosts.allows(ctx.header("Host"))) {
                throw ApiError.misdirected("this server does not answer for host " + ctx.header("Host")
                        + (config.requireToken() ? " (serve --allowed-host NAME adds one)" : " (use localhost or 127.0.0.1)"));
            }
            ctx.attribute(WebAuth.ATTRIBUTE, auth);
        });
        c.routes.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        c.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
        c.routes.exception(Exception.class, (e, ctx) -> {
            if (clientWentAway(e)) {
                // nothing to answer and nothing wrong here: a browser closed its tab, a client timed out
                LOG.debug("{} {}: the client went away ({})", ctx.method(), ctx.path(), e.toString());
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            fail(ctx, 500, "internal error; the server log has the details");
        });
        c.routes.error(404, ctx -> {
            String body = ctx.result();
            if (body == null || body.isEmpty()) {
                fail(ctx, 404, "no such page: " + ctx.path());
            }
        });
        c.routes.error(405, ctx -> {
            String body = ctx.result();
            if (body == null || body.isEmpty()) {
                fail(ctx, 405, ctx.method() + " is not allowed on " + ctx.path());
            }
        });

        c.routes.get("/login", auth::login);
        ApiRoutes.register(c.routes, store, config, ingestor);
        Pages.register(c, store, config);
    }

    /**
     * True when {@code e} (or one of its causes) says the client closed the connection: Jetty's end of stream, a
     * closed channel, a broken pipe or a reset connection.
     */
    static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.io.EofException || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
            String message = t.getMessage();
            if (t instanceof java.io.IOException && message != null
                    && (message.contains("Broken pipe") || message.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }

    /** Answers with the error as JSON under /api, as the pages' error page elsewhere (escaped by its template). */
    private static void fail(Context ctx, int status, String message) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            Responses.error(ctx, status, message);
        } else {
            ctx.status(status).contentType("text/html; charset=utf-8").result(ERROR_PAGES.render("error.jte",
                    new Views.ErrorPage(status, HttpStatus.forStatus(status).getMessage(), message)));
        }
    }

    /** The port it listens on (the one chosen when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** The configuration it was started with. */
    public WebConfig config() {
        return config;
    }

    /** Who may write; in server mode also holds the token and whether it was created at this start. */
    public WebAuth auth() {
        return auth;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080/}; a wildcard bind is shown as this host's loopback. */
    public String url() {
        String host = config.bind();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops listening; the store stays open. Idempotent. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
