package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PatternsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void listsAllFortyThreePatternsWithTheirRating() {
    assertThat(execute("patterns")).isZero();

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(43);
    assertThat(lines.get(0)).startsWith("WCP-1 ").contains("Sequence");
    assertThat(lines.get(37)).startsWith("WCP-38").contains(" - ");
  }

  @Test
  void runsOnePatternOnTheEmbeddedServerAndPrintsItsTrace() {
    assertThat(execute("patterns", "run", "1")).isZero();

    List<String> trace = out.toString().lines().skip(1).map(String::strip).toList();
    assertThat(trace).containsExactly(
        "1  STARTED   A", "2  COMPLETED A", "3  STARTED   B", "4  COMPLETED B", "5  STARTED   C", "6  COMPLETED C");
  }

  @Test
  void anUnknownPatternIsAUsageError() {
    assertThat(execute("patterns", "run", "44")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("WCP-44");
  }

  private int execute(String... args) {
    CommandLine cli = MillraceMain.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }
}
