package io.cachedinference.redis.internal;

import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.DefaultNameResolver;
import io.netty.resolver.dns.DnsServerAddressStreamProvider;
import io.netty.util.concurrent.EventExecutor;
import java.net.InetSocketAddress;
import org.redisson.connection.AddressResolverGroupFactory;

/**
 * Host names resolved by the JDK ({@code InetAddress}, so {@code /etc/hosts} and the system resolver),
 * not by Netty's DNS client, Redisson's default: that client opens a UDP socket per event loop bound to
 * the wildcard address (0.0.0.0) to query name servers itself, and this library opens nothing but on
 * the interfaces it is told to. Found by the WildFly test that lists what the server listens on.
 */
final class JdkAddressResolvers implements AddressResolverGroupFactory {

    @Override
    public AddressResolverGroup<InetSocketAddress> create(Class<? extends DatagramChannel> channelType,
            Class<? extends SocketChannel> socketChannelType, DnsServerAddressStreamProvider nameServerProvider) {
        return new AddressResolverGroup<>() {
            @Override
            protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
                return new DefaultNameResolver(executor).asAddressResolver();
            }
        };
    }
}
