package dev.millrace.worker;

import io.temporal.worker.WorkerOptions;

/**
 * What a graceful stop does to activity tasks. By default the SDK first waits up to 5 s for the heartbeat
 * scheduler of in-flight activities to wind down and only then stops polling, so a worker told to stop
 * kept taking new activity tasks for those seconds. Letting heartbeats run during the drain makes the SDK
 * stop the activity pollers first, and in-flight attempts keep heartbeating, so a drain longer than the
 * heartbeat timeout does not make the server hand the attempt to another worker.
 */
final class GracefulDrain {
  private GracefulDrain() {
  }

  static WorkerOptions.Builder configure(WorkerOptions.Builder options) {
    return options.setAllowActivityHeartbeatDuringShutdown(true);
  }
}
