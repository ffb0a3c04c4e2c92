package dev.millrace.connection;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.Map;

/**
 * Which Temporal service to talk to, read the way Temporal's own tools read it, so the worker and the
 * client always agree on the target.
 */
public record TemporalTarget(String address, String namespace) {
  public static final String DEFAULT_ADDRESS = "127.0.0.1:7233";
  public static final String DEFAULT_NAMESPACE = "default";

  public static TemporalTarget fromEnvironment(Map<String, String> env) {
    return new TemporalTarget(
        env.getOrDefault("TEMPORAL_ADDRESS", DEFAULT_ADDRESS),
        env.getOrDefault("TEMPORAL_NAMESPACE", DEFAULT_NAMESPACE));
  }

  /** Whether the user pointed Millrace at a Temporal service of their own. */
  public static boolean isConfigured(Map<String, String> env) {
    return env.containsKey("TEMPORAL_ADDRESS");
  }

  public WorkflowServiceStubs connect() {
    return WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
  }

  public WorkflowClient client(WorkflowServiceStubs service) {
    return WorkflowClient.newInstance(
        service, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
  }
}
