package dev.millrace.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class QuiescenceTest {
  @Test
  void keepsWaitingWhileAThreadBurnsCpuAndChargesItsCpu() throws InterruptedException {
    AtomicBoolean spinning = new AtomicBoolean(true);
    Thread spinner = new Thread(() -> {
      long sink = 0;
      while (spinning.get()) {
        sink += System.nanoTime() % 7;
      }
      assertThat(sink).isNotNegative();
    });
    spinner.start();
    try {
      Quiescence.Settled settled = new Quiescence().await(Duration.ofSeconds(2));

      assertThat(settled.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
      assertThat(settled.cpu()).isGreaterThan(Duration.ofMillis(500));
    } finally {
      spinning.set(false);
      spinner.join();
    }
  }

  @Test
  void returnsOnceTheJvmIsIdle() throws InterruptedException {
    Quiescence.Settled settled = new Quiescence().await(Duration.ofSeconds(60));

    assertThat(settled.waited()).isLessThan(Duration.ofSeconds(60));
  }
}
