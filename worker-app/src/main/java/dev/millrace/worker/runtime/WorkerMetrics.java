package dev.millrace.worker.runtime;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.tally.ScopeCloseException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

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
    sdkScope = new RootScopeBuilder()
        .reporter(new CachedTimersReporter(registry))
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
