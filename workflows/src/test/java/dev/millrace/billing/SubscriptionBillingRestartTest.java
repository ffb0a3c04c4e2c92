package dev.millrace.billing;

import static dev.millrace.billing.SubscriptionBillingWorkflowTest.cursor;
import static dev.millrace.billing.SubscriptionBillingWorkflowTest.stub;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A worker with no workflow cache wakes from every month-long sleep with nothing in memory and rebuilds
 * the subscription from its history, exactly as a worker restarted mid-sleep does. Nothing may change:
 * each cycle is charged once.
 */
class SubscriptionBillingRestartTest {
  @RegisterExtension
  static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
      .registerWorkflowImplementationTypes(SubscriptionBillingWorkflowImpl.class)
      .setWorkerFactoryOptions(WorkerFactoryOptions.newBuilder().setWorkflowCacheSize(0).build())
      .setDoNotStart(true)
      .build();

  @Test
  void aWorkerThatRemembersNothingBetweenSleepsChargesEachCycleExactlyOnce(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = new RecordingGateway(env, Set.of());
    worker.registerActivitiesImplementations(gateway.activities);
    env.start();

    BillingStatus result = stub(env, worker, "sub-restart").bill(cursor("sub-restart", env.currentTimeMillis(), 12, 5));

    assertThat(result.state()).isEqualTo(SubscriptionState.COMPLETED);
    assertThat(result.cyclesCharged()).isEqualTo(12);
    assertThat(gateway.charges()).extracting(a -> a.request().cycle())
        .containsExactlyElementsOf(IntStream.range(0, 12).boxed().toList());
  }
}
