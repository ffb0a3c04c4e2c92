package dev.millrace.worker;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a workflow's next tasks go to the worker that already holds it in memory (a sticky queue).
 * Real Temporal servers move tasks back to the shared queue when that worker stops; Temporal's Java test
 * server, which {@code millrace dev-server} runs, never does, so a run would wait forever for a worker
 * that is gone. {@code auto} therefore turns stickiness off on a server that reports no version (the test
 * server) and keeps it on everywhere else.
 */
public enum StickyExecution {
  AUTO,
  ON,
  OFF;

  /** The values the setting accepts, as a user writes them. */
  public static final Set<String> ACCEPTED = Set.of("auto", "true", "false");

  /** Parses {@code auto}, {@code true} or {@code false}, as validated by the settings. */
  public static StickyExecution parse(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "true" -> ON;
      case "false" -> OFF;
      default -> throw new IllegalArgumentException("sticky execution must be auto, true or false, not " + value);
    };
  }

  /** Decides for the connected server: {@code auto} asks it for its version. */
  public boolean resolve(WorkflowServiceStubs service) {
    return switch (this) {
      case ON -> true;
      case OFF -> false;
      case AUTO -> !service.blockingStub().getSystemInfo(GetSystemInfoRequest.getDefaultInstance())
          .getServerVersion().isEmpty();
    };
  }

  /** A zero sticky schedule-to-start timeout makes the SDK complete tasks without asking for a sticky queue. */
  static WorkerOptions.Builder configure(WorkerOptions.Builder options, boolean sticky) {
    return sticky ? options : options.setStickyQueueScheduleToStartTimeout(Duration.ZERO);
  }
}
