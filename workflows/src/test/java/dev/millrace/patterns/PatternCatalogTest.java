package dev.millrace.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.patterns.TraceEvent.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue is complete and every offered pattern runs through {@link PatternRunner}. */
class PatternCatalogTest {
  @RegisterExtension static final PatternTestEnvironment env = new PatternTestEnvironment();

  @Test
  void listsTheFortyThreePatternsInOrderEachRated() {
    List<PatternEntry> entries = PatternCatalog.entries();

    assertThat(entries).extracting(PatternEntry::number)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 43).boxed().toList());
    assertThat(entries).extracting(e -> e.rating().symbol()).allMatch(List.of("+", "+/-", "-")::contains);
    assertThat(entries).allSatisfy(e -> assertThat(e.name()).isNotBlank());
  }

  @Test
  void documentsEveryPatternWithTheCataloguesNameAndRating() throws IOException {
    List<String> documented =
        Files.readAllLines(Path.of("../docs/patterns.md")).stream()
            .filter(line -> line.matches("\\| \\d+ \\|.*"))
            .map(line -> String.join(" | ", Arrays.asList(line.split("\\s*\\|\\s*")).subList(1, 4)))
            .toList();

    assertThat(documented)
        .containsExactlyElementsOf(
            PatternCatalog.entries().stream()
                .map(e -> e.number() + " | " + e.name() + " | " + e.rating().symbol())
                .toList());
  }

  @Test
  void offersADemoForEveryPatternExceptTheUnsupportedOnes() {
    assertThat(PatternCatalog.entries())
        .allSatisfy(e -> assertThat(e.demo().isPresent()).isEqualTo(e.rating() != Rating.NONE));
    assertThat(PatternCatalog.entries().stream().filter(e -> e.rating() == Rating.NONE))
        .extracting(PatternEntry::number)
        .containsExactly(38);
  }

  @Test
  void refusesTheGeneralSynchronizingMergeWithTheReason() {
    assertThatThrownBy(() -> PatternRunner.run(38, env.client(), PatternCatalog.TASK_QUEUE))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("reachability");
  }

  /**
   * Every offered pattern but WCP-12: once a child workflow outlives its parent, the test service
   * stops skipping time for good (a known test-server limitation), so WCP-12 gets its own service.
   */
  static Stream<Integer> offeredPatternsSharingOneService() {
    return PatternCatalog.entries().stream()
        .filter(e -> e.demo().isPresent() && e.number() != 12)
        .map(PatternEntry::number);
  }

  @ParameterizedTest(name = "WCP-{0}")
  @MethodSource("offeredPatternsSharingOneService")
  void runsThePatternToTheEnd(int number) {
    assertSettled(PatternRunner.run(number, env.client(), PatternCatalog.TASK_QUEUE));
  }

  @Test
  void runsMultipleInstancesWithoutSynchronizationToTheEnd() {
    try (PatternTestEnvironment own = new PatternTestEnvironment()) {
      assertSettled(PatternRunner.run(12, own.client(), PatternCatalog.TASK_QUEUE));
    }
  }

  private static void assertSettled(Trace trace) {
    assertThat(trace.tasks(Kind.STARTED)).isNotEmpty();
    assertThat(trace.tasks(Kind.STARTED))
        .as("every task that started either completed or was withdrawn")
        .allMatch(task -> trace.tasks(Kind.COMPLETED).contains(task) || trace.tasks(Kind.CANCELLED).contains(task));
  }
}
