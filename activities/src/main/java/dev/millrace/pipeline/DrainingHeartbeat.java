package dev.millrace.pipeline;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityWorkerShutdownException;
import java.util.concurrent.RejectedExecutionException;

/**
 * One activity attempt's heartbeats. They let Temporal retry a killed worker's attempt after the heartbeat
 * timeout rather than the whole start-to-close timeout (the SDK throttles the calls), and they let the
 * attempt finish while its worker drains after SIGTERM.
 * Millrace's workers keep heartbeats running while they drain, but once the grace period ends, or on a
 * worker built with the SDK's default options, the SDK announces the shutdown by throwing from
 * {@code heartbeat} and then stops its heartbeat scheduler, whose refusal an attempt that heartbeats only
 * after that sees instead. Millrace's graceful shutdown promises in-flight batches the grace period, so on
 * either signal the attempt stops heartbeating and carries on. Cancellation still stops it, and a worker
 * whose grace period ends interrupts it.
 */
final class DrainingHeartbeat {
  private final ActivityExecutionContext context;
  private volatile boolean draining;

  DrainingHeartbeat(ActivityExecutionContext context) {
    this.context = context;
  }

  void beat(Object details) {
    if (draining) {
      return;
    }
    try {
      context.heartbeat(details);
    } catch (ActivityWorkerShutdownException | RejectedExecutionException shutdown) {
      draining = true;
    }
  }
}
