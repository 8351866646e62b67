package org.attache.extract.fetch;

import java.net.UnknownHostException;

/**
 * A host whose resolved address the fetcher must not reach: private, loopback, link-local, multicast or
 * otherwise not public. Thrown from name resolution, so the HTTP client never opens the connection. An
 * {@link UnknownHostException} so that it travels through the client's resolver interface unchanged.
 */
public final class RefusedAddressException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    RefusedAddressException(String message) {
        super(message);
    }
}
