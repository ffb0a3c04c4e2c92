package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Misuse of {@code millrace ops} is refused before anything is started, with a message naming the culprit. */
class OpsCommandTest {
  @TempDir Path dir;

  @Test
  void aPayeesFileWithABadLineIsAUsageErrorNamingFileAndLine() throws Exception {
    Path payees = Files.writeString(dir.resolve("payees.csv"), "e-1,acc-1,1000\ne-2,acc-2,lots\n");

    Result result = execute("ops", "payroll", "start", "--payroll", "p-1", "--payees", payees.toString());

    assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains(payees + " line 2");
  }

  @Test
  void anEmployeeListedTwiceIsAUsageError() throws Exception {
    Path payees = Files.writeString(dir.resolve("payees.csv"), "e-1,acc-1,1000\ne-1,acc-9,1000\n");

    Result result = execute("ops", "payroll", "start", "--payroll", "p-1", "--payees", payees.toString());

    assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("employee e-1 is listed twice");
  }

  @Test
  void aNonPositivePriceIsAUsageErrorNamingTheField() {
    Result result = execute("ops", "billing", "start", "--subscription", "s", "--customer", "c", "--plan", "basic",
        "--price", "0");

    assertThat(result.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("plan price must be positive");
  }

  @Test
  void aMissingRequiredOptionIsAUsageError() {
    assertThat(execute("ops", "transfer", "start", "--reference", "tx-1").exit()).isEqualTo(ExitCodes.USAGE);
  }

  private record Result(int exit, String err) {}

  private static Result execute(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setErr(new PrintWriter(err));
    return new Result(cli.execute(args), err.toString());
  }
}
