package org.attache.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attache.json.Json;

/** Writes API answers: JSON bodies through the one {@link Json} mapper, and JSON errors. */
public final class Responses {
    private static final String JSON = "application/json; charset=utf-8";

    private Responses() {
    }

    /** 200 with {@code value} as JSON. */
    public static void json(Context ctx, Object value) {
        json(ctx, 200, value);
    }

    /** {@code status} with {@code value} as JSON. */
    public static void json(Context ctx, int status, Object value) {
        byte[] body;
        try {
            body = Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
        send(ctx.status(status), JSON, body);
    }

    /**
     * Sends {@code body} with the response's status. A success is written straight to the response: as a result,
     * Javalin would copy it through a stream and a new 32 KB buffer per response (a quarter of what an article
     * page allocated under load). An error stays the result, which the server's error handlers read.
     */
    public static void send(Context ctx, String contentType, byte[] body) {
        ctx.contentType(contentType);
        if (ctx.statusCode() >= 400) {
            ctx.result(body);
            return;
        }
        try {
            ctx.outputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the response to " + ctx.ip() + ": " + e.getMessage(), e);
        }
    }

    /** {@code {"error": {"status": 404, "message": "…"}}} with that status. */
    public static void error(Context ctx, int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", status);
        error.put("message", message == null ? "" : message);
        json(ctx, status, Map.of("error", error));
    }
}
