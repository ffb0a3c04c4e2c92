package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.client.OperationsClient;
import io.temporal.client.WorkflowClient;
import dev.millrace.connection.TemporalTarget;
import io.temporal.serviceclient.WorkflowServiceStubs;

/** A client connection for one CLI command, closed when the command ends. */
public final class ClientConnection implements AutoCloseable {
  private final WorkflowServiceStubs service;
  private final WorkflowClient workflowClient;
  private final MillraceClient client;

  private ClientConnection(WorkflowServiceStubs service, WorkflowClient workflowClient) {
    this.service = service;
    this.workflowClient = workflowClient;
    this.client = new MillraceClient(workflowClient);
  }

  public static ClientConnection open(TemporalTarget target) {
    WorkflowServiceStubs service = target.connect();
    return new ClientConnection(service, target.client(service));
  }

  public static ClientConnection fromEnvironment() {
    return open(TemporalTarget.fromEnvironment(System.getenv()));
  }

  public MillraceClient client() {
    return client;
  }

  public OperationsClient operations() {
    return new OperationsClient(workflowClient);
  }

  @Override
  public void close() {
    service.shutdown();
  }
}
