package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class CliErrorsTest {
  private final StringWriter err = new StringWriter();

  @Test
  void anUnreachableTemporalIsOneLineNamingTheFixWithExitCode69() {
    int exit = execute(new Failing(new IllegalStateException("query failed",
        new StatusRuntimeException(Status.UNAVAILABLE.withDescription("io exception")
            .withCause(new ConnectException("Connection refused: /127.0.0.1:7390"))))));

    assertThat(exit).isEqualTo(ExitCodes.UNAVAILABLE).isEqualTo(69);
    assertThat(err.toString().strip()).isEqualTo("millrace status: cannot reach Temporal (UNAVAILABLE: io exception,"
        + " Connection refused: /127.0.0.1:7390): start a server with `millrace dev-server`, or set"
        + " TEMPORAL_ADDRESS to a running one");
  }

  @Test
  void anotherServerErrorIsNotTakenForAnUnreachableServer() {
    int exit = execute(new Failing(new IllegalStateException("query failed",
        new StatusRuntimeException(Status.INTERNAL.withDescription("boom")))));

    assertThat(exit).isNotEqualTo(ExitCodes.UNAVAILABLE);
    assertThat(err.toString()).doesNotContain("cannot reach Temporal");
  }

  private int execute(Failing command) {
    CommandLine cli = new CommandLine(command).setExecutionExceptionHandler(new CliErrors());
    cli.setErr(new PrintWriter(err, true));
    return cli.execute();
  }

  @Command(name = "status")
  static final class Failing implements Callable<Integer> {
    private final RuntimeException failure;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }
}
