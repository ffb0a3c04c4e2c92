package dev.millrace.worker.runtime;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a request to stop, so the worker drains and then exits 0 instead of the
 * JVM's default 143 after its shutdown hooks.
 */
public final class ShutdownSignal {
  private final CountDownLatch requested = new CountDownLatch(1);

  private ShutdownSignal() {
  }

  public static ShutdownSignal install() {
    ShutdownSignal signal = new ShutdownSignal();
    Signal.handle(new Signal("TERM"), received -> signal.requested.countDown());
    Signal.handle(new Signal("INT"), received -> signal.requested.countDown());
    return signal;
  }

  public void await() throws InterruptedException {
    requested.await();
  }
}
