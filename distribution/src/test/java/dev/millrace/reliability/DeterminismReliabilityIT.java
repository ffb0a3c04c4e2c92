package dev.millrace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.millrace.billing.SubscriptionBillingWorkflowImpl;
import dev.millrace.patterns.BlockingPartialJoinWorkflowImpl;
import dev.millrace.patterns.CancelTaskWorkflowImpl;
import dev.millrace.patterns.DeferredChoiceWorkflowImpl;
import dev.millrace.patterns.GeneralisedAndJoinWorkflowImpl;
import dev.millrace.patterns.SequenceWorkflowImpl;
import dev.millrace.payments.PaymentTransferWorkflowImpl;
import dev.millrace.payroll.EmployeePaymentWorkflowImpl;
import dev.millrace.payroll.PayrollWorkflowImpl;
import dev.millrace.pipeline.DocumentPipelineWorkflowImpl;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.PipelineResult;
import dev.millrace.provisioning.InfrastructureProvisioningWorkflowImpl;
import dev.millrace.withdrawal.CashWithdrawalWorkflowImpl;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scenario 6, determinism: a history recorded from a real run of every workflow type the workers register
 * (and of the pattern workflows that have one) replays on today's code, and a deliberately incompatible
 * change to the released pipeline is caught by the replayer, while the same change behind
 * {@code Workflow.getVersion} replays cleanly.
 */
class DeterminismReliabilityIT {
  /** Recorded history (under /histories of the workflows test jar) to the implementation it must replay on. */
  private static final Map<String, Class<?>> HISTORIES = Map.ofEntries(
      Map.entry("document-pipeline-run.json", DocumentPipelineWorkflowImpl.class),
      Map.entry("document-pipeline-appends-run.json", DocumentPipelineWorkflowImpl.class),
      Map.entry("billing/subscription-billing.json", SubscriptionBillingWorkflowImpl.class),
      Map.entry("provisioning/provisioning-rolled-back.json", InfrastructureProvisioningWorkflowImpl.class),
      Map.entry("payments/transfer-approved.json", PaymentTransferWorkflowImpl.class),
      Map.entry("payroll/payroll-three-employees.json", PayrollWorkflowImpl.class),
      Map.entry("payroll/employee-payment.json", EmployeePaymentWorkflowImpl.class),
      Map.entry("withdrawal/withdrawal-released.json", CashWithdrawalWorkflowImpl.class),
      Map.entry("patterns/wcp01-sequence.json", SequenceWorkflowImpl.class),
      Map.entry("patterns/wcp16-deferred-choice.json", DeferredChoiceWorkflowImpl.class),
      Map.entry("patterns/wcp19-cancel-task.json", CancelTaskWorkflowImpl.class),
      Map.entry("patterns/wcp28-blocking-discriminator.json", BlockingPartialJoinWorkflowImpl.class),
      Map.entry("patterns/wcp33-generalised-and-join.json", GeneralisedAndJoinWorkflowImpl.class));
  private static final String PIPELINE_HISTORY = "document-pipeline-run.json";

  @Test
  void everyStoredHistoryReplaysAndAnIncompatibleChangeIsCaughtUnlessItIsVersioned() throws IOException {
    int replayed = 0;
    for (Map.Entry<String, Class<?>> history : HISTORIES.entrySet()) {
      String json = read(history.getKey());
      assertThat(json).as(history.getKey()).contains("EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED");
      assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(json, history.getValue()))
          .as(history.getKey()).doesNotThrowAnyException();
      replayed++;
    }

    String pipeline = read(PIPELINE_HISTORY);
    assertThatThrownBy(() -> WorkflowReplayer.replayWorkflowExecution(pipeline, TimerFirstPipeline.class))
        .hasStackTraceContaining("NonDeterministicException");
    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(pipeline, VersionedTimerFirstPipeline.class))
        .doesNotThrowAnyException();

    ReliabilityReport.write(new ReliabilityReport.Row("6 determinism",
        replayed + " recorded histories of " + HISTORIES.values().stream().distinct().count()
            + " workflow types replayed; 2 changed pipelines replayed",
        "incompatible change (a timer before the first activity): caught as NonDeterministicException;"
            + " the same change behind Workflow.getVersion: replays",
        replayed, HISTORIES.size(), 0, 0, "n/a", "n/a", "n/a"));
  }

  /** The released pipeline with a timer before its first activity: a command the recorded history lacks. */
  public static class TimerFirstPipeline extends DocumentPipelineWorkflowImpl {
    @Override
    public PipelineResult run(PipelineRequest request) {
      Workflow.sleep(Duration.ofSeconds(1));
      return super.run(request);
    }
  }

  /** The same change, released the way the project requires: only runs started after it take the timer. */
  public static class VersionedTimerFirstPipeline extends DocumentPipelineWorkflowImpl {
    @Override
    public PipelineResult run(PipelineRequest request) {
      if (Workflow.getVersion("timer-first", Workflow.DEFAULT_VERSION, 1) == 1) {
        Workflow.sleep(Duration.ofSeconds(1));
      }
      return super.run(request);
    }
  }

  private static String read(String history) throws IOException {
    try (InputStream in = DeterminismReliabilityIT.class.getResourceAsStream("/histories/" + history)) {
      assertThat(in).as("recorded history %s on the test classpath", history).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
