package org.attache.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.attache.web.api.ApiError;

/**
 * Who may read a user's follows and who may write, for the API and the pages.
 *
 * <p><b>Single-user mode</b> (loopback bind): no login; every request is the user {@value #LOCAL_USER}.
 * <b>Server mode</b> ({@link WebConfig#requireToken()}): one secret token, generated on first start into
 * {@code DATA/web-token} (mode 0600) and printed once. Writes (POST, DELETE) need it as
 * {@code Authorization: Bearer TOKEN} or as the HttpOnly SameSite=Strict cookie {@value #COOKIE}, which
 * {@code GET /login?token=…} sets. The token holder is the user {@value #LOCAL_USER} too. Reading the
 * user's follows and feed needs the token as well, or the read-only {@link #feedToken()} as
 * {@code ?token=} (for Atom readers, which cannot send headers); everything else is public.
 *
 * <p>Writes from a browser must come from this site: a POST or DELETE whose {@code Origin} header names
 * another host, or that a browser marks as cross-site ({@code Sec-Fetch-Site}), is refused (403), so a page
 * elsewhere cannot make the local user follow something. The {@code Host} itself is checked for every
 * request by {@link HostGuard}, against DNS rebinding.
 *
 * <p>Page handlers get the instance with {@link #of(Context)}. Thread-safe.
 */
public final class WebAuth {
    /** The one user of single-user mode, and the token holder's name in server mode. */
    public static final String LOCAL_USER = "local";
    /** The cookie {@code /login} sets. */
    public static final String COOKIE = "attache_token";
    /** File in the data folder holding the token. */
    public static final String TOKEN_FILE = "web-token";
    static final String ATTRIBUTE = "attache.auth";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean requireToken;
    private final String token;
    private final String feedToken;
    private final boolean created;

    private WebAuth(boolean requireToken, String token, boolean created) {
        this.requireToken = requireToken;
        this.token = token;
        this.created = created;
        this.feedToken = token == null ? null : derive(token, "feed");
    }

    /**
     * The auth of a server with this configuration: in server mode, reads {@code DATA/web-token} or creates
     * it (0600) with a new random token.
     *
     * @throws UncheckedIOException when the token file cannot be read or written (the message names it)
     */
    public static WebAuth open(WebConfig config) {
        if (!config.requireToken()) {
            return new WebAuth(false, null, false);
        }
        Path file = config.dataDir().resolve(TOKEN_FILE);
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
                if (stored.length() < 32 || !stored.matches("[A-Za-z0-9_-]+")) {
                    throw new IOException("malformed token (delete the file to get a new one)");
                }
                return new WebAuth(true, stored, false);
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String fresh = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.createDirectories(config.dataDir());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, fresh + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
            return new WebAuth(true, fresh, true);
        } catch (FileAlreadyExistsException race) {
            return open(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the web token " + file + ": " + e.getMessage(), e);
        }
    }

    /** The auth the server attached to this request. */
    public static WebAuth of(Context ctx) {
        WebAuth auth = ctx.attribute(ATTRIBUTE);
        if (auth == null) {
            throw new IllegalStateException("no WebAuth on this request: is the handler registered by WebServer?");
        }
        return auth;
    }

    /** True in server mode. */
    public boolean requireToken() {
        return requireToken;
    }

    /** The write token in server mode, null in single-user mode. */
    public String token() {
        return token;
    }

    /** True when {@link #open} generated the token just now (so the server prints it, once). */
    public boolean createdNow() {
        return created;
    }

    /**
     * A read-only token for the user's Atom feed ({@code /feed.atom?token=…}), derived from the write
     * token so that a feed URL does not give write access; null in single-user mode.
     */
    public String feedToken() {
        return feedToken;
    }

    /** The user allowed to write with this request, if any. */
    public Optional<String> writer(Context ctx) {
        if (!requireToken) {
            return Optional.of(LOCAL_USER);
        }
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && matches(header.substring(7).strip(), token)) {
            return Optional.of(LOCAL_USER);
        }
        return matches(ctx.cookie(COOKIE), token) ? Optional.of(LOCAL_USER) : Optional.empty();
    }

    /** The user whose follows and feed this request may read: a writer, or the holder of the feed token. */
    public Optional<String> reader(Context ctx) {
        Optional<String> writer = writer(ctx);
        if (writer.isPresent()) {
            return writer;
        }
        return matches(ctx.queryParam("token"), feedToken) ? Optional.of(LOCAL_USER) : Optional.empty();
    }

    /**
     * The writing user, or a 401 {@link ApiError} (403 when the request comes from another site's page).
     */
    public String requireWriter(Context ctx) {
        checkOrigin(ctx);
        return writer(ctx).orElseThrow(() -> ApiError.unauthorized(
                "this server needs its token to write: send 'Authorization: Bearer TOKEN' or log in at /login?token=TOKEN"));
    }

    /** The reading user, or a 401 {@link ApiError}. */
    public String requireReader(Context ctx) {
        return reader(ctx).orElseThrow(() -> ApiError.unauthorized(
                "this server needs its token to show follows and feeds: send 'Authorization: Bearer TOKEN',"
                        + " log in at /login?token=TOKEN, or use the feed token"));
    }

    /**
     * Refuses (403) a write from another site: an Origin header naming a host other than the one the request
     * was sent to, or, without Origin, a browser's {@code Sec-Fetch-Site} other than {@code same-origin} or
     * {@code none}. A request with neither (curl, a script) is judged by the token alone.
     */
    public void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) {
            String site = ctx.header("Sec-Fetch-Site");
            if (site != null && !site.isBlank() && !site.strip().equalsIgnoreCase("same-origin")
                    && !site.strip().equalsIgnoreCase("none")) {
                throw ApiError.forbidden("cross-site write refused: Sec-Fetch-Site is " + site.strip());
            }
            return;
        }
        String host = ctx.header("Host");
        String originHost;
        try {
            URI uri = URI.create(origin.strip());
            originHost = uri.getHost() == null ? null : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            originHost = null;
        }
        if (originHost == null || host == null || !stripDefaultPort(originHost).equalsIgnoreCase(stripDefaultPort(host))) {
            throw ApiError.forbidden("cross-site write refused: Origin " + origin + " is not this server");
        }
    }

    private static String stripDefaultPort(String hostPort) {
        return hostPort.endsWith(":80") || hostPort.endsWith(":443")
                ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
    }

    /**
     * Handles {@code GET /login?token=…}: with the right token, sets the HttpOnly SameSite=Strict cookie
     * and redirects to {@code /}; otherwise 401. In single-user mode there is nothing to log in to and it
     * just redirects.
     */
    public void login(Context ctx) {
        if (!requireToken) {
            ctx.redirect("/");
            return;
        }
        if (!matches(ctx.queryParam("token"), token)) {
            throw ApiError.unauthorized("wrong or missing token");
        }
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setMaxAge(60 * 60 * 24 * 90);
        cookie.setSecure("https".equalsIgnoreCase(ctx.req().getScheme()));
        ctx.cookie(cookie);
        ctx.redirect("/");
    }

    private static boolean matches(String given, String expected) {
        if (given == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String derive(String secret, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return requireToken ? "WebAuth[token mode]" : "WebAuth[single user]";
    }
}
