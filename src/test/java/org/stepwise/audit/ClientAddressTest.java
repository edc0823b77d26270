package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    static MockHttpServletRequest request(String remote, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertThat(new ClientAddress(0).of(request("192.0.2.10", "203.0.113.5"))).isEqualTo("192.0.2.10");
    }

    @Test
    void behindOneProxyTheClientIsTheEntryThatProxyAppended() {
        ClientAddress addresses = new ClientAddress(1);
        assertThat(addresses.of(request("10.0.0.2", "198.51.100.1, 203.0.113.5"))).isEqualTo("203.0.113.5");
        assertThat(addresses.of(request("10.0.0.2"))).isEqualTo("10.0.0.2");
    }

    @Test
    void behindTwoProxiesTheSpoofedLeftmostEntryIsStillIgnored() {
        ClientAddress addresses = new ClientAddress(2);
        assertThat(addresses.of(request("10.0.0.2", "6.6.6.6, 203.0.113.5", "10.0.0.1"))).isEqualTo("203.0.113.5");
        assertThat(addresses.of(request("10.0.0.2", "2001:db8::1"))).isEqualTo("2001:db8::1");
    }

    @Test
    void somethingThatIsNotAnAddressIsNeverRecorded() {
        assertThat(new ClientAddress(1).of(request("10.0.0.2", "<script>"))).isEqualTo("10.0.0.2");
    }
}
