package dev.millrace.worker;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code millrace dev-server}: the embedded Temporal service on its own, for local multi-process use. */
@Command(name = "dev-server", mixinStandardHelpOptions = true,
    description = "Run Temporal's embedded test server on 127.0.0.1 (keeps nothing across restarts).")
public final class DevServerCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "7233", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    EmbeddedTemporalServer server = EmbeddedTemporalServer.start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "millrace-shutdown"));
    System.out.println("Temporal dev server listening on " + server.address());
    System.out.flush();
    stopped.await();
    return 0;
  }
}
