package dev.millrace.cli;

import dev.millrace.client.MillraceClient;
import io.temporal.client.WorkflowClient;
import dev.millrace.connection.TemporalTarget;
import dev.millrace.store.Database;
import dev.millrace.store.DatabaseOptions;
import dev.millrace.store.RunRegistry;
import io.temporal.serviceclient.WorkflowServiceStubs;

/** A client connection (Temporal and the run registry's database) for one CLI command, closed when it ends. */
public final class ClientConnection implements AutoCloseable {
  private final WorkflowServiceStubs service;
  private final Database database;
  private final MillraceClient client;

  private ClientConnection(
      WorkflowServiceStubs service, Database database, WorkflowClient workflowClient, RunRegistry registry) {
    this.service = service;
    this.database = database;
    this.client = new MillraceClient(workflowClient, registry);
  }

  public static ClientConnection open(TemporalTarget target, DatabaseOptions databaseOptions) {
    Database database = databaseOptions.open();
    WorkflowServiceStubs service = target.connect();
    return new ClientConnection(service, database, target.client(service),
        new RunRegistry(database.dataSource()));
  }

  public static ClientConnection fromEnvironment(DatabaseOptions databaseOptions) {
    return open(TemporalTarget.fromEnvironment(System.getenv()), databaseOptions);
  }

  public MillraceClient client() {
    return client;
  }

  @Override
  public void close() {
    service.shutdown();
    database.close();
  }
}
