package dev.millrace.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DurabilityTaxTest {
  private static Measurement seconds(double seconds) {
    return new Measurement("c", 1000, 1000, (long) (seconds * 1e9));
  }

  @Test
  void theMedianOfAnOddNumberOfPassesIsTheMiddleRate() {
    assertThat(DurabilityTax.medianRate(List.of(seconds(1), seconds(4), seconds(2)))).isEqualTo(500.0);
  }

  @Test
  void theMedianOfAnEvenNumberOfPassesIsTheMeanOfTheMiddleRates() {
    assertThat(DurabilityTax.medianRate(List.of(seconds(1), seconds(10), seconds(2), seconds(4))))
        .isEqualTo((500.0 + 250.0) / 2);
  }

  @Test
  void theBestPassIsTheFastest() {
    assertThat(DurabilityTax.best(List.of(seconds(3), seconds(1), seconds(2))).seconds()).isEqualTo(1.0);
  }

  @Test
  void noPassesHaveNoMedian() {
    assertThatThrownBy(() -> DurabilityTax.medianRate(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
