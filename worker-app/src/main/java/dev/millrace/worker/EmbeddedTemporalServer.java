package dev.millrace.worker;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * Temporal's own Java test server, bound to the loopback interface only (TestServer's port-bound
 * variant listens on every interface). Time skipping stays off: workflows waiting for a signal must
 * wait for real. It keeps nothing across restarts.
 *
 * <p>The same services are also served in-process, for the worker and client in this JVM: their calls skip
 * the sockets, HTTP/2 framing and protobuf encoding that a port costs on both sides.
 */
public final class EmbeddedTemporalServer implements AutoCloseable {
  private final TestServicesStarter services;
  private final Server server;
  private final Server inProcessServer;
  private final ManagedChannel inProcessChannel;

  private EmbeddedTemporalServer(TestServicesStarter services, Server server, Server inProcessServer) {
    this.services = services;
    this.server = server;
    this.inProcessServer = inProcessServer;
    this.inProcessChannel = InProcessChannelBuilder.forName(inProcessName(server)).build();
  }

  /** Starts the server on 127.0.0.1; port 0 picks a free port. */
  public static EmbeddedTemporalServer start(int port) {
    TestServicesStarter services = new TestServicesStarter(true, 0);
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = null;
    try {
      server = builder.build().start();
      InProcessServerBuilder inProcess = InProcessServerBuilder.forName(inProcessName(server));
      GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), inProcess);
      return new EmbeddedTemporalServer(services, server, inProcess.build().start());
    } catch (IOException e) {
      if (server != null) {
        server.shutdownNow();
      }
      services.close();
      throw new UncheckedIOException("Could not start the embedded Temporal server on 127.0.0.1:" + port, e);
    }
  }

  public int port() {
    return server.getPort();
  }

  public String address() {
    return "127.0.0.1:" + port();
  }

  /** A channel to the same services that stays inside this JVM; closed with the server. */
  public ManagedChannel inProcessChannel() {
    return inProcessChannel;
  }

  @Override
  public void close() {
    inProcessChannel.shutdownNow();
    stop(inProcessServer);
    stop(server);
    services.close();
  }

  private static void stop(Server server) {
    server.shutdown();
    try {
      if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
        server.shutdownNow();
      }
    } catch (InterruptedException e) {
      server.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static String inProcessName(Server server) {
    return "millrace-embedded-temporal-" + server.getPort();
  }
}
