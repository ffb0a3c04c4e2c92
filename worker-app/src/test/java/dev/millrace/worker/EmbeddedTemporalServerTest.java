package dev.millrace.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.connection.TemporalTarget;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedTemporalServerTest {
  private static final String NAMESPACE = "default";

  @Test
  void aWorkflowStartedInProcessIsSeenThroughThePortAndOnlyOnItsOwnServer() {
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
         EmbeddedTemporalServer other = EmbeddedTemporalServer.start(0)) {
      WorkflowServiceStubs inProcess =
          TemporalTarget.local(server.address(), Map.of()).connect(server.inProcessChannel());
      WorkflowServiceStubs overThePort = overThePort(server);
      WorkflowServiceStubs otherServer = overThePort(other);
      try {
        WorkflowClient.newInstance(inProcess).newUntypedWorkflowStub("AnyWorkflow",
            WorkflowOptions.newBuilder().setWorkflowId("started-in-process").setTaskQueue("no-worker").build())
            .start();

        assertThat(describe(overThePort, "started-in-process").getWorkflowExecutionInfo().getStatus())
            .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
        assertThatThrownBy(() -> describe(otherServer, "started-in-process"))
            .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("NOT_FOUND");
      } finally {
        inProcess.shutdownNow();
        overThePort.shutdownNow();
        otherServer.shutdownNow();
      }
    }
  }

  @Test
  void closingTheServerClosesItsInProcessChannel() {
    EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0);
    server.close();

    assertThat(server.inProcessChannel().isShutdown()).isTrue();
  }

  private static WorkflowServiceStubs overThePort(EmbeddedTemporalServer server) {
    return WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(server.address()).build());
  }

  private static DescribeWorkflowExecutionResponse describe(WorkflowServiceStubs service, String workflowId) {
    return service.blockingStub().describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
        .setNamespace(NAMESPACE)
        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
        .build());
  }
}
