package dev.millrace.cli;

import dev.millrace.connection.TemporalTarget;
import dev.millrace.worker.EmbeddedTemporalServer;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.Map;

/**
 * The Temporal service an all-in-one command uses: the user's when TEMPORAL_ADDRESS is set, otherwise
 * an embedded test server on a free loopback port that lives as long as the command. The command's own
 * worker and client reach the embedded server in-process; the port is for other processes.
 */
final class LocalTemporal implements AutoCloseable {
  private final EmbeddedTemporalServer server;
  private final WorkflowServiceStubs service;
  private final WorkflowClient client;

  private LocalTemporal(EmbeddedTemporalServer server, WorkflowServiceStubs service, WorkflowClient client) {
    this.server = server;
    this.service = service;
    this.client = client;
  }

  static LocalTemporal open(Map<String, String> env) {
    EmbeddedTemporalServer server = TemporalTarget.isConfigured(env) ? null : EmbeddedTemporalServer.start(0);
    TemporalTarget target = server == null
        ? TemporalTarget.fromEnvironment(env)
        : TemporalTarget.local(server.address(), env);
    WorkflowServiceStubs service = server == null ? target.connect() : target.connect(server.inProcessChannel());
    return new LocalTemporal(server, service, target.client(service));
  }

  WorkflowClient client() {
    return client;
  }

  @Override
  public void close() {
    service.shutdown();
    if (server != null) {
      server.close();
    }
  }
}
