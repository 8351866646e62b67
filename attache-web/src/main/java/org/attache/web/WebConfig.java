package org.attache.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@code attache serve} runs: where it listens, which data folder it reads, and whether writes need
 * a token.
 *
 * @param bind         address to listen on ("127.0.0.1", "0.0.0.0")
 * @param port         TCP port; 0 for any free port (tests)
 * @param dataDir      the data folder; the write token lives in {@code dataDir/web-token}
 * @param requireToken true in server mode: follows and other writes need the token. {@link #of} sets it
 *                     exactly when {@code bind} is not a loopback address
 */
public record WebConfig(String bind, int port, Path dataDir, boolean requireToken) {
    /** The default port of {@code attache serve}. */
    public static final int DEFAULT_PORT = 8080;

    public WebConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("bind address must not be blank");
        }
        bind = bind.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
    }

    /** Single-user mode on loopback, server mode (token for writes) on any other address. */
    public static WebConfig of(String bind, int port, Path dataDir) {
        return new WebConfig(bind, port, dataDir, !isLoopback(bind));
    }

    /**
     * True for an address only this machine can reach: 127.0.0.0/8, ::1 and "localhost". A name is
     * resolved; an unknown name counts as not loopback (the safe side: writes then need the token).
     */
    public static boolean isLoopback(String bind) {
        if (bind == null || bind.isBlank()) {
            return false;
        }
        try {
            InetAddress[] all = InetAddress.getAllByName(bind.strip());
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
