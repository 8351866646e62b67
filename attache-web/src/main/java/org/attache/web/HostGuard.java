package org.attache.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which names a request's {@code Host} header may give, against DNS rebinding: a page on an attacker's domain
 * whose name is made to resolve to this machine reaches the server with that domain as its Host, and is
 * refused. On loopback (single-user mode) only {@code localhost}, {@code 127.0.0.1} and {@code [::1]} are
 * accepted; in token mode also the names the user configured, the bind address and this machine's own
 * names and addresses. The port is not compared (a proxy may change it). Immutable.
 */
public final class HostGuard {
    private static final Logger LOG = LoggerFactory.getLogger(HostGuard.class);
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    private final Set<String> allowed;

    private HostGuard(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** The guard of a server with this configuration. */
    public static HostGuard of(WebConfig config) {
        Set<String> names = new LinkedHashSet<>(LOOPBACK);
        if (config.requireToken()) {
            config.allowedHosts().forEach(h -> names.add(normalise(h)));
            String bind = normalise(config.bind());
            if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
                names.add(bind);
            }
            names.addAll(machineNames());
        }
        return new HostGuard(names);
    }

    /** Whether a request with this {@code Host} header may be served; a request without one is (no browser sends none). */
    public boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return true;
        }
        return allowed.contains(normalise(hostOf(hostHeader.strip())));
    }

    /** The names accepted, for messages and logs. */
    public Set<String> allowed() {
        return allowed;
    }

    /** The host part of a Host header: {@code name:port}, {@code [v6]:port}, {@code name}. */
    static String hostOf(String header) {
        if (header.startsWith("[")) {
            int close = header.indexOf(']');
            return close < 0 ? header : header.substring(1, close);
        }
        int colon = header.indexOf(':');
        return colon >= 0 && header.indexOf(':', colon + 1) < 0 ? header.substring(0, colon) : header;
    }

    private static String normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.equals("0:0:0:0:0:0:0:1") ? "::1" : h;
    }

    private static Set<String> machineNames() {
        Set<String> names = new LinkedHashSet<>();
        try {
            InetAddress local = InetAddress.getLocalHost();
            names.add(normalise(local.getHostName()));
            names.add(normalise(local.getCanonicalHostName()));
        } catch (UnknownHostException e) {
            LOG.debug("This machine's name is unknown: {}", e.getMessage());
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    String text = address.getHostAddress();
                    int zone = text.indexOf('%');
                    names.add(normalise(zone >= 0 ? text.substring(0, zone) : text));
                }
            }
        } catch (SocketException e) {
            LOG.debug("This machine's addresses are unknown: {}", e.getMessage());
        }
        return names;
    }
}
