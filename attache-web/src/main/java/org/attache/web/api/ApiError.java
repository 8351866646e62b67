package org.attache.web.api;

/**
 * An API failure the client caused or may act on, answered as
 * {@code {"error": {"status": 404, "message": "…"}}} with that HTTP status. The message names the input
 * (the parameter and its value); anything else that fails is a 500 with a generic message.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** 400 for a bad value of one parameter. */
    public static ApiError badParameter(String parameter, String problem) {
        return new ApiError(400, "bad parameter '" + parameter + "': " + problem);
    }

    /** 400 for a bad request body. */
    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    /** 404 naming what was looked for. */
    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** 401: the request needs the server's token. */
    public static ApiError unauthorized(String message) {
        return new ApiError(401, message);
    }

    /** 403: refused whatever the token. */
    public static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    /** 421: the request names a host this server does not answer for (DNS rebinding, a wrong proxy). */
    public static ApiError misdirected(String message) {
        return new ApiError(421, message);
    }
}
