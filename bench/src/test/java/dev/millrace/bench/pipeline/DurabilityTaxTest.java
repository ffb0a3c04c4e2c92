package dev.millrace.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DurabilityTaxTest {
  private static Measurement seconds(double seconds) {
    return new Measurement("c", 1000, 1000, (long) (seconds * 1e9));
  }

  @Test
  void everyRoundRunsEachContenderOnceAndRotatesWhoGoesFirst() throws Exception {
    List<String> order = new ArrayList<>();
    Map<String, List<Measurement>> passes = DurabilityTax.interleave(List.of("a", "b", "c"), 3, (name, round) -> {
      order.add(name + round);
      return new Measurement(name, round, round, 1);
    });

    assertThat(order).containsExactly("a1", "b1", "c1", "b2", "c2", "a2", "c3", "a3", "b3");
    assertThat(passes).containsOnlyKeys("a", "b", "c");
    assertThat(passes.keySet()).containsExactly("a", "b", "c");
    assertThat(passes.get("b")).extracting(Measurement::documentsIn).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aResultLineReadsBackAsTheSamePass() {
    Measurement pass = new Measurement("raw loop", 200, 199, 123_456_789L);

    assertThat(Measurement.fromResultLine("raw loop", pass.resultLine())).isEqualTo(pass);
    assertThatThrownBy(() -> Measurement.fromResultLine("raw loop", "RESULT 1 2"))
        .hasMessageContaining("raw loop");
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
  void thePerRoundRatioPairsEachPassWithTheBaselinesOfTheSameRound() {
    List<Measurement> baseline = List.of(seconds(1), seconds(2), seconds(4));
    List<Measurement> contender = List.of(seconds(2), seconds(2), seconds(5));

    assertThat(DurabilityTax.medianRoundRatio(contender, baseline)).isEqualTo(0.8);
    assertThatThrownBy(() -> DurabilityTax.medianRoundRatio(contender.subList(0, 2), baseline))
        .hasMessageContaining("2 passes against 3");
  }

  @Test
  void noPassesHaveNoMedian() {
    assertThatThrownBy(() -> DurabilityTax.medianRate(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
