package dev.millrace.worker.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.tally.StatsReporter;
import com.uber.m3.util.Duration;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CachedTimersReporterTest {
  private static final Map<String, String> TAGS = Map.of("namespace", "default", "task_queue", "pipeline");

  @Test
  void scrapesExactlyAsTheSdksReporterDoes() {
    String sdk = scrapeAfterReporting(MicrometerClientStatsReporter::new);
    String cached = scrapeAfterReporting(CachedTimersReporter::new);

    assertThat(cached).isEqualTo(sdk).contains("temporal_request_latency_seconds_bucket");
  }

  @Test
  void timingsUnderEqualTagsLandInOneTimer() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    CachedTimersReporter reporter = new CachedTimersReporter(registry);
    Map<String, String> mutable = new HashMap<>(TAGS);

    reporter.reportTimer("temporal_request_latency", TAGS, Duration.ofMillis(3));
    reporter.reportTimer("temporal_request_latency", mutable, Duration.ofMillis(5));
    mutable.put("task_queue", "other");
    reporter.reportTimer("temporal_request_latency", mutable, Duration.ofMillis(7));
    reporter.reportTimer("temporal_request_latency", null, Duration.ofMillis(1));

    Timer timer = registry.get("temporal_request_latency").tag("task_queue", "pipeline").timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(registry.get("temporal_request_latency").tag("task_queue", "other").timer().count()).isEqualTo(1);
    assertThat(registry.get("temporal_request_latency").timers()).hasSize(3);
  }

  private static String scrapeAfterReporting(Function<PrometheusMeterRegistry, StatsReporter> reporterOf) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    StatsReporter reporter = reporterOf.apply(registry);
    reporter.reportTimer("temporal_request_latency", TAGS, Duration.ofMillis(3));
    reporter.reportTimer("temporal_request_latency", Map.of("namespace", "default"), Duration.ofMillis(40));
    reporter.reportTimer("temporal_request_latency", TAGS, Duration.ofMillis(250));
    reporter.reportCounter("temporal_request", TAGS, 4);
    reporter.reportGauge("temporal_num_pollers", TAGS, 2);
    return registry.scrape();
  }
}
