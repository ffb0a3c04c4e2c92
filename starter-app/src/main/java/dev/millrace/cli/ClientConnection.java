package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import dev.millrace.connection.TemporalTarget;
import io.temporal.serviceclient.WorkflowServiceStubs;

/** A client connection for one CLI command, closed when the command ends. */
public final class ClientConnection implements AutoCloseable {
  private final WorkflowServiceStubs service;
  private final MillraceClient client;

  private ClientConnection(WorkflowServiceStubs service, MillraceClient client) {
    this.service = service;
    this.client = client;
  }

  public static ClientConnection open(TemporalTarget target) {
    WorkflowServiceStubs service = target.connect();
    return new ClientConnection(service, new MillraceClient(target.client(service)));
  }

  public static ClientConnection fromEnvironment() {
    return open(TemporalTarget.fromEnvironment(System.getenv()));
  }

  public MillraceClient client() {
    return client;
  }

  @Override
  public void close() {
    service.shutdown();
  }
}
