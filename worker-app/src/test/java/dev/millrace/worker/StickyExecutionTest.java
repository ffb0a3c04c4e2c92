package dev.millrace.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StickyExecutionTest {
  private static EmbeddedTemporalServer server;
  private static WorkflowServiceStubs service;

  @BeforeAll
  static void startTestServer() {
    server = EmbeddedTemporalServer.start(0);
    service = WorkflowServiceStubs.newServiceStubs(
        WorkflowServiceStubsOptions.newBuilder().setTarget(server.address()).build());
  }

  @AfterAll
  static void stop() {
    service.shutdownNow();
    server.close();
  }

  @Test
  void autoTurnsStickinessOffOnTemporalsTestServer() {
    assertThat(StickyExecution.AUTO.resolve(service)).isFalse();
  }

  @Test
  void anExplicitChoiceWinsOverTheServer() {
    assertThat(StickyExecution.parse("true").resolve(service)).isTrue();
    assertThat(StickyExecution.parse("FALSE").resolve(service)).isFalse();
  }

  @Test
  void offMeansNoStickyScheduleToStartSoTheSdkNeverAsksForAStickyQueue() {
    WorkerOptions off = StickyExecution.configure(WorkerOptions.newBuilder(), false).build();
    WorkerOptions on = StickyExecution.configure(WorkerOptions.newBuilder(), true).build();

    assertThat(off.getStickyQueueScheduleToStartTimeout()).isEqualTo(Duration.ZERO);
    assertThat(on.getStickyQueueScheduleToStartTimeout()).isNotEqualTo(Duration.ZERO);
  }

  @Test
  void anUnknownValueIsRefused() {
    assertThatThrownBy(() -> StickyExecution.parse("sometimes")).hasMessageContaining("auto, true or false");
  }
}
