package dev.millrace.worker.runtime;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The database circuit breaker as metrics, so an outage shows on a dashboard: its state now, how often it
 * opened, and how many calls it turned away without touching the database.
 */
final class DatabaseCircuitMetrics {
  private DatabaseCircuitMetrics() {}

  static void register(CircuitBreaker breaker, MeterRegistry registry) {
    Gauge.builder("millrace.db.circuit.state", breaker, b -> stateCode(b.getState()))
        .description("Database circuit breaker: 0 closed, 1 open, 2 half-open")
        .register(registry);
    Gauge.builder("millrace.db.circuit.rejected", breaker, b -> b.getMetrics().getNumberOfNotPermittedCalls())
        .description("Database calls refused by the open breaker since it last closed")
        .register(registry);
    Counter opened = Counter.builder("millrace.db.circuit.opened")
        .description("Times the database circuit breaker opened")
        .register(registry);
    breaker.getEventPublisher().onStateTransition(event -> {
      if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
        opened.increment();
      }
    });
  }

  static int stateCode(CircuitBreaker.State state) {
    return switch (state) {
      case CLOSED, DISABLED, METRICS_ONLY -> 0;
      case OPEN, FORCED_OPEN -> 1;
      case HALF_OPEN -> 2;
    };
  }
}
