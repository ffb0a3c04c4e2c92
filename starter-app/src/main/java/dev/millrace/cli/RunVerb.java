package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.store.DatabaseOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A verb about one existing run: it names the run and talks to it through a fresh client connection. */
abstract class RunVerb implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "Run id.")
  String runId;

  @Mixin DatabaseOptions database;
  @Spec CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    try (ClientConnection connection = ClientConnection.fromEnvironment(database)) {
      return execute(connection.client());
    }
  }

  abstract int execute(MillraceClient client) throws Exception;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
