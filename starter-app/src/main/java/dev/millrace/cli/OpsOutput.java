package dev.millrace.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.client.OperationsClient;
import dev.millrace.connection.TemporalTarget;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one operations client call and prints its answer as one JSON line. */
final class OpsOutput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpsOutput() {}

  static int print(CommandSpec spec, Function<OperationsClient, Object> call) {
    TemporalTarget target = TemporalTarget.fromEnvironment(System.getenv());
    WorkflowServiceStubs service = target.connect();
    try {
      Object answer = call.apply(new OperationsClient(target.client(service)));
      spec.commandLine().getOut().println(answer instanceof String text ? text : JSON.writeValueAsString(answer));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot print the answer as JSON", e);
    } finally {
      service.shutdown();
    }
    return ExitCodes.COMPLETED;
  }
}
