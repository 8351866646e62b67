package org.attache.extract.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Name resolution that refuses non-public addresses, so that a feed item, a redirect or a DNS answer that
 * changes between two lookups (DNS rebinding) cannot make the fetcher reach a machine on the user's own
 * network. The HTTP client calls it for every new connection, redirect hops included, and connects only to the
 * addresses it returns, which it has checked: there is no second lookup that could answer differently.
 *
 * <p>Refused: unspecified, loopback, private (RFC 1918), shared (CGNAT), link-local, multicast, broadcast,
 * reserved, benchmarking and documentation ranges, and for IPv6 also unique-local, site-local, discard, the IETF
 * protocol block (Teredo), and any IPv6 address that embeds a refused IPv4 one (IPv4-mapped {@code ::ffff:a.b.c.d},
 * IPv4-compatible, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}). A host is refused when any of its addresses
 * is. Thread-safe.
 */
public final class AddressGuard implements DnsResolver {
    /** Looks a host name up; the system resolver in use, a fake one in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The JVM's resolver. */
    public static final Resolver SYSTEM = InetAddress::getAllByName;

    /** An address range with the name a refusal gives it. */
    private record Range(byte[] prefix, int bits, String name) {
        static Range of(String cidr, String name) {
            int slash = cidr.indexOf('/');
            byte[] prefix;
            try {
                String literal = cidr.substring(0, slash);
                prefix = InetAddress.getByName(literal).getAddress();
                if (literal.contains(":") && prefix.length == 4) { // Java turns ::ffff:a.b.c.d into IPv4: undo
                    byte[] v6 = new byte[16];
                    v6[10] = (byte) 0xFF;
                    v6[11] = (byte) 0xFF;
                    System.arraycopy(prefix, 0, v6, 12, 4);
                    prefix = v6;
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
            return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), name + " " + cidr);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Range> IPV4 = List.of(
            Range.of("0.0.0.0/8", "unspecified network"),
            Range.of("10.0.0.0/8", "private network"),
            Range.of("100.64.0.0/10", "shared (carrier-grade NAT) network"),
            Range.of("127.0.0.0/8", "loopback"),
            Range.of("169.254.0.0/16", "link-local"),
            Range.of("172.16.0.0/12", "private network"),
            Range.of("192.0.0.0/24", "IETF protocol assignments"),
            Range.of("192.0.2.0/24", "documentation network"),
            Range.of("192.88.99.0/24", "6to4 relay anycast"),
            Range.of("192.168.0.0/16", "private network"),
            Range.of("198.18.0.0/15", "benchmarking network"),
            Range.of("198.51.100.0/24", "documentation network"),
            Range.of("203.0.113.0/24", "documentation network"),
            Range.of("224.0.0.0/4", "multicast"),
            Range.of("240.0.0.0/4", "reserved (and broadcast)"));

    private static final List<Range> IPV6 = List.of(
            Range.of("::/128", "unspecified"),
            Range.of("::1/128", "loopback"),
            Range.of("64:ff9b:1::/48", "local-use NAT64"),
            Range.of("100::/64", "discard-only"),
            Range.of("2001::/23", "IETF protocol assignments (Teredo, benchmarking)"),
            Range.of("2001:db8::/32", "documentation network"),
            Range.of("fc00::/7", "unique-local (private) network"),
            Range.of("fe80::/10", "link-local"),
            Range.of("fec0::/10", "site-local"),
            Range.of("ff00::/8", "multicast"));

    private static final Range MAPPED = Range.of("::ffff:0:0/96", "IPv4-mapped");
    private static final Range COMPATIBLE = Range.of("::/96", "IPv4-compatible");
    private static final Range NAT64 = Range.of("64:ff9b::/96", "NAT64");
    private static final Range SIX_TO_FOUR = Range.of("2002::/16", "6to4");

    private final Resolver resolver;
    private final boolean allowPrivate;
    private final Set<InetAddress> alwaysAllowed;

    /**
     * @param resolver      where names are looked up
     * @param allowPrivate  true to allow every address (the user's {@code --allow-private})
     * @param alwaysAllowed addresses allowed even when non-public ones are refused (such as one local test server);
     *                      usually empty
     */
    public AddressGuard(Resolver resolver, boolean allowPrivate, Set<InetAddress> alwaysAllowed) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowPrivate = allowPrivate;
        this.alwaysAllowed = Set.copyOf(alwaysAllowed);
    }

    /** The system resolver, refusing non-public addresses unless {@code allowPrivate}. */
    public static AddressGuard system(boolean allowPrivate) {
        return new AddressGuard(SYSTEM, allowPrivate, Set.of());
    }

    /**
     * The addresses of {@code host}, all of them checked.
     *
     * @throws RefusedAddressException when one of them is not public (the message names the host, the address and
     *                                 its range)
     * @throws UnknownHostException    when the name does not resolve
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = stripBrackets(host);
        InetAddress[] addresses = resolver.resolve(name);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(name);
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (alwaysAllowed.contains(a)) {
                    continue;
                }
                Optional<String> why = refusal(a);
                if (why.isPresent()) {
                    throw new RefusedAddressException(name + " resolves to " + a.getHostAddress() + " ("
                            + why.get() + "); use --allow-private to fetch from such addresses");
                }
            }
        }
        return Arrays.copyOf(addresses, addresses.length);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        InetAddress[] addresses = resolve(host);
        return addresses[0].getCanonicalHostName();
    }

    /** Why {@code address} must not be fetched from (its range), or empty when it is a public address. */
    public static Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4(bytes);
        }
        if (!(address instanceof Inet6Address)) {
            return Optional.of("unknown address family");
        }
        for (Range r : IPV6) {
            if (r.contains(bytes)) {
                return Optional.of(r.name());
            }
        }
        if (MAPPED.contains(bytes) || COMPATIBLE.contains(bytes) || NAT64.contains(bytes)) {
            return embedded(Arrays.copyOfRange(bytes, 12, 16), MAPPED.contains(bytes) ? "IPv4-mapped"
                    : NAT64.contains(bytes) ? "NAT64" : "IPv4-compatible");
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return embedded(Arrays.copyOfRange(bytes, 2, 6), "6to4");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] v4, String how) {
        return ipv4(v4).map(why -> how + " " + why);
    }

    private static Optional<String> ipv4(byte[] bytes) {
        for (Range r : IPV4) {
            if (r.contains(bytes)) {
                return Optional.of(r.name());
            }
        }
        return Optional.empty();
    }

    private static String stripBrackets(String host) {
        return host.length() > 2 && host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
                : host;
    }
}
