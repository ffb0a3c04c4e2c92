package dev.millrace.worker.runtime;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.tally.ScopeCloseException;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;

/**
 * The worker's one metrics registry, scraped as Prometheus text: the SDK's {@code temporal_*} metrics
 * reported through a Tally scope, and Millrace's own {@code millrace_*}.
 */
public final class WorkerMetrics implements AutoCloseable {
  /** How often the SDK's Tally scope flushes into the registry. */
  static final com.uber.m3.util.Duration SDK_REPORT_INTERVAL = com.uber.m3.util.Duration.ofSeconds(1);

  private final PrometheusMeterRegistry registry;
  private final Scope sdkScope;

  public WorkerMetrics() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(sdkScheduleToStartPercentiles());
    sdkScope = new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(registry))
        .reportEvery(SDK_REPORT_INTERVAL);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The scope to hand to the SDK's service stubs. */
  public Scope sdkScope() {
    return sdkScope;
  }

  public String scrape() {
    return registry.scrape();
  }

  /** The SDK's own schedule-to-start timer publishes a histogram too, so servers can aggregate across workers. */
  private static MeterFilter sdkScheduleToStartPercentiles() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getName().startsWith("temporal_activity_schedule_to_start_latency")) {
          return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
        }
        return config;
      }
    };
  }

  @Override
  public void close() {
    try {
      sdkScope.close();
    } catch (ScopeCloseException e) {
      throw new IllegalStateException("Could not flush the SDK metrics", e);
    } finally {
      registry.close();
    }
  }
}
