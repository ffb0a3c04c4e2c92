package dev.millrace.worker.runtime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Wraps every activity: puts the run (Millrace's run id is the workflow id), workflow, activity and batch into the logging MDC for the
 * activity's duration, counts the activities in flight, logs each activity that finishes, and records the pickup latency (schedule-to-start, as the server timed it, so
 * clock skew between hosts does not distort it) as {@code millrace_activity_pickup_latency_seconds} with
 * p50/p95/p99.
 */
public final class ActivityObserver extends WorkerInterceptorBase {
  public static final String MDC_RUN_ID = "runId";
  public static final String MDC_WORKFLOW_ID = "workflowId";
  public static final String MDC_TEMPORAL_RUN_ID = "temporalRunId";
  public static final String MDC_ACTIVITY = "activity";
  public static final String MDC_BATCH = "batch";
  private static final String PROCESS_BATCH = "ProcessBatch";

  private static final Logger log = LoggerFactory.getLogger(ActivityObserver.class);

  private final MeterRegistry registry;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
  private final Map<String, Timer> pickupTimers = new ConcurrentHashMap<>();

  public ActivityObserver(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityInboundCallsInterceptorBase(next) {
      private ActivityInfo info;

      @Override
      public void init(ActivityExecutionContext context) {
        info = context.getInfo();
        super.init(context);
      }

      @Override
      public ActivityOutput execute(ActivityInput input) {
        long pickupMillis = info.getStartedTimestamp() - info.getCurrentAttemptScheduledTimestamp();
        pickupTimer(info.getActivityType()).record(Duration.ofMillis(Math.max(0, pickupMillis)));
        MDC.put(MDC_RUN_ID, info.getWorkflowId());
        MDC.put(MDC_WORKFLOW_ID, info.getWorkflowId());
        MDC.put(MDC_TEMPORAL_RUN_ID, info.getRunId());
        MDC.put(MDC_ACTIVITY, info.getActivityType());
        Object[] arguments = input.getArguments();
        if (PROCESS_BATCH.equals(info.getActivityType()) && arguments.length > 1) {
          MDC.put(MDC_BATCH, String.valueOf(arguments[1]));
        }
        long started = System.nanoTime();
        AtomicInteger running = inFlight(info.getActivityType());
        running.incrementAndGet();
        try {
          ActivityOutput output = super.execute(input);
          log.info("Activity {} finished in {} ms", info.getActivityType(), (System.nanoTime() - started) / 1_000_000);
          return output;
        } finally {
          running.decrementAndGet();
          MDC.remove(MDC_RUN_ID);
          MDC.remove(MDC_WORKFLOW_ID);
          MDC.remove(MDC_TEMPORAL_RUN_ID);
          MDC.remove(MDC_ACTIVITY);
          MDC.remove(MDC_BATCH);
        }
      }
    };
  }

  private AtomicInteger inFlight(String activityType) {
    return inFlight.computeIfAbsent(activityType, type -> {
      AtomicInteger count = new AtomicInteger();
      Gauge.builder("millrace_activities_in_flight", count, AtomicInteger::get)
          .description("Activities this worker is executing right now").tag("activity", type).register(registry);
      return count;
    });
  }

  /** Registered once per activity type: looking a timer up by name and tags on every activity shows in profiles. */
  private Timer pickupTimer(String activityType) {
    return pickupTimers.computeIfAbsent(activityType, type -> Timer.builder("millrace_activity_pickup_latency")
        .description("Schedule-to-start latency of activities picked up by this worker")
        .tag("activity", type)
        .publishPercentiles(0.5, 0.95, 0.99)
        .register(registry));
  }
}
