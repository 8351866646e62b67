package org.attache.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
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
 * @param allowedHosts in server mode, the names besides this machine's own by which users reach the server
 *                     (the {@code Host} they send); every other Host is refused ({@link HostGuard})
 */
public record WebConfig(String bind, int port, Path dataDir, boolean requireToken, List<String> allowedHosts) {
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
        allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
        for (String host : allowedHosts) {
            if (host.isBlank() || !host.strip().matches("[A-Za-z0-9._:\\[\\]-]+")) {
                throw new IllegalArgumentException("not a host name: '" + host + "'");
            }
        }
    }

    /** A configuration with no names besides the machine's own. */
    public WebConfig(String bind, int port, Path dataDir, boolean requireToken) {
        this(bind, port, dataDir, requireToken, List.of());
    }

    /** This configuration accepting {@code hosts} as Host names too. */
    public WebConfig withAllowedHosts(List<String> hosts) {
        return new WebConfig(bind, port, dataDir, requireToken, hosts);
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
