package io.cachedinference.examples.appservers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Reading listeners from /proc: the addresses as Linux writes them, and this JVM's own socket. */
final class SocketsTest {

    @Test
    void addresses_areDecodedFromProcNetByteOrder() throws Exception {
        assertThat(Sockets.address("0100007F").getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(Sockets.address("00000000").getHostAddress()).isEqualTo("0.0.0.0");
        assertThat(Sockets.address("0000000000000000FFFF00000100007F").getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(Sockets.address("00000000000000000000000001000000").isLoopbackAddress()).isTrue();
        assertThat(Sockets.address("00000000000000000000000000000000").isLoopbackAddress()).isFalse();
    }

    @Test
    void listeners_includeASocketThisJvmListensOn_withItsAddress() throws Exception {
        Assumptions.assumeTrue(Sockets.readable(), "needs Linux's /proc");
        try (ServerSocket loopback = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket wildcard = new ServerSocket(0)) {

            List<Sockets.Listener> listeners = Sockets.listeners(List.of(ProcessHandle.current()));

            assertThat(listeners).anySatisfy(l -> {
                assertThat(l.port()).isEqualTo(loopback.getLocalPort());
                assertThat(l.address().isLoopbackAddress()).isTrue();
            });
            assertThat(listeners).anySatisfy(l -> {
                assertThat(l.port()).isEqualTo(wildcard.getLocalPort());
                assertThat(l.address().isAnyLocalAddress()).isTrue();
            });
        }
    }
}
