package org.attache.extract.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address guard on resolved addresses, with a fake resolver: nothing here opens a connection or asks DNS. */
class AddressGuardTest {
    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** An IPv4-mapped IPv6 address kept as an {@link Inet6Address} (InetAddress.getByName would turn it into IPv4). */
    private static InetAddress mapped(int a, int b, int c, int d) throws UnknownHostException {
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xFF;
        bytes[11] = (byte) 0xFF;
        bytes[12] = (byte) a;
        bytes[13] = (byte) b;
        bytes[14] = (byte) c;
        bytes[15] = (byte) d;
        return Inet6Address.getByAddress(null, bytes, -1);
    }

    private static AddressGuard guard(Map<String, InetAddress[]> dns) {
        return new AddressGuard(host -> {
            InetAddress[] a = dns.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            return a;
        }, false, Set.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.10", "127.0.0.1", "127.8.9.10",
            "169.254.169.254", "224.0.0.251", "239.255.255.250", "0.0.0.0", "100.64.0.1", "255.255.255.255",
            "198.18.0.1", "192.0.2.7"})
    void refusesNonPublicIpv4(String literal) {
        assertThat(AddressGuard.refusal(ip(literal))).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "::", "fe80::1", "fc00::5", "fd12:3456:789a::1", "ff02::1", "ff05::2", "fec0::1",
            "2001:db8::1", "64:ff9b::a00:1", "2002:c0a8:0101::1", "::a00:1"})
    void refusesNonPublicIpv6(String literal) {
        assertThat(AddressGuard.refusal(ip(literal))).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "203.0.114.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "2a00:1450:4001::200e", "64:ff9b::808:808", "2002:0808:0808::1"})
    void allowsPublicAddresses(String literal) {
        assertThat(AddressGuard.refusal(ip(literal))).as(literal).isEmpty();
    }

    @Test
    void ipv4MappedIpv6IsJudgedByItsIpv4Address() throws Exception {
        assertThat(mapped(10, 0, 0, 1)).isInstanceOf(Inet6Address.class);
        assertThat(AddressGuard.refusal(mapped(10, 0, 0, 1))).hasValueSatisfying(
                why -> assertThat(why).contains("IPv4-mapped").contains("10.0.0.0/8"));
        assertThat(AddressGuard.refusal(mapped(127, 0, 0, 1))).hasValueSatisfying(why -> assertThat(why).contains("loopback"));
        assertThat(AddressGuard.refusal(mapped(169, 254, 169, 254))).isPresent();
        assertThat(AddressGuard.refusal(mapped(8, 8, 4, 4))).isEmpty();
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIsNotPublic() throws Exception {
        AddressGuard guard = guard(Map.of(
                "news.example", new InetAddress[] {ip("93.184.216.34"), ip("2606:2800:220:1::1")},
                "mixed.example", new InetAddress[] {ip("93.184.216.34"), ip("192.168.0.7")},
                "v6.example", new InetAddress[] {ip("fd00::7")},
                "mapped.example", new InetAddress[] {mapped(192, 168, 0, 1)}));
        assertThat(guard.resolve("news.example")).hasSize(2);
        assertThatThrownBy(() -> guard.resolve("mixed.example")).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("mixed.example resolves to 192.168.0.7 (private network 192.168.0.0/16)")
                .hasMessageContaining("--allow-private");
        assertThatThrownBy(() -> guard.resolve("v6.example")).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("unique-local");
        assertThatThrownBy(() -> guard.resolve("mapped.example")).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("IPv4-mapped private network 192.168.0.0/16");
        assertThatThrownBy(() -> guard.resolve("nowhere.example")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(RefusedAddressException.class);
    }

    @Test
    void bracketedIpv6LiteralsAreCheckedToo() {
        AddressGuard guard = new AddressGuard(AddressGuard.SYSTEM, false, Set.of()); // a literal is parsed, not looked up
        assertThatThrownBy(() -> guard.resolve("[::1]")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> guard.resolve("[::ffff:7f00:1]")).isInstanceOf(RefusedAddressException.class);
        assertThatThrownBy(() -> guard.resolve("169.254.169.254")).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("link-local");
    }

    @Test
    void everyLookupIsCheckedSoARebindingAnswerIsRefused() throws Exception {
        int[] calls = {0};
        AddressGuard guard = new AddressGuard(host -> new InetAddress[] {calls[0]++ == 0 ? ip("93.184.216.34")
                : ip("10.0.0.5")}, false, Set.of());
        assertThat(guard.resolve("rebind.example")).containsExactly(ip("93.184.216.34"));
        assertThatThrownBy(() -> guard.resolve("rebind.example")).isInstanceOf(RefusedAddressException.class)
                .hasMessageContaining("10.0.0.5");
    }

    @Test
    void allowPrivateAndExemptAddressesPass() throws Exception {
        AddressGuard open = new AddressGuard(host -> new InetAddress[] {ip("10.0.0.5")}, true, Set.of());
        assertThat(open.resolve("intranet.example")).containsExactly(ip("10.0.0.5"));
        AddressGuard exempt = new AddressGuard(host -> new InetAddress[] {ip("127.0.0.1")}, false, Set.of(ip("127.0.0.1")));
        assertThat(exempt.resolve("fixture.test")).containsExactly(ip("127.0.0.1"));
    }
}
