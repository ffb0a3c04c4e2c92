package dev.millrace.billing;

import static dev.millrace.billing.RecordingGateway.due;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SubscriptionBillingWorkflowTest {
  private static final Plan BASIC = new Plan("basic", 1_000);
  private static final Plan PREMIUM = new Plan("premium", 2_500);
  private static final long DAY = Duration.ofDays(1).toMillis();

  @RegisterExtension
  static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
      .registerWorkflowImplementationTypes(SubscriptionBillingWorkflowImpl.class)
      .setDoNotStart(true)
      .build();

  @Test
  void twentyFourMonthsYieldExactlyTwentyFourChargesOnTheirBillingDates(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of());
    long first = env.currentTimeMillis();

    BillingStatus result = stub(env, worker, "sub-24").bill(cursor("sub-24", first, 24, 12));

    assertThat(result.state()).isEqualTo(SubscriptionState.COMPLETED);
    assertThat(result.cyclesCharged()).isEqualTo(24);
    assertThat(result.totalChargedCents()).isEqualTo(24 * BASIC.priceCents());
    assertThat(gateway.charges()).extracting(a -> a.request().cycle())
        .containsExactlyElementsOf(IntStream.range(0, 24).boxed().toList());
    for (RecordingGateway.Attempt charge : gateway.charges()) {
      assertThat(charge.atMillis()).isBetween(due(first, charge.request().cycle()),
          due(first, charge.request().cycle()) + Duration.ofMinutes(1).toMillis());
    }
  }

  @Test
  void aFixedPeriodBillsEveryPeriodInsteadOfMonthly(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of());
    long first = env.currentTimeMillis();
    SubscriptionRequest everyTenSeconds = new SubscriptionRequest("sub-10s", "cust-10s", BASIC, first, 4, 12, 10);

    BillingStatus result = stub(env, worker, "sub-10s").bill(BillingCursor.first(everyTenSeconds));

    assertThat(result.cyclesCharged()).isEqualTo(4);
    for (RecordingGateway.Attempt charge : gateway.charges()) {
      long due = first + Duration.ofSeconds(10).toMillis() * charge.request().cycle();
      assertThat(charge.atMillis()).isBetween(due, due + Duration.ofSeconds(5).toMillis());
    }
    assertThat(gateway.charges()).hasSize(4);
  }

  @Test
  void continuesAsNewEveryNCyclesCarryingPlanAndTotals(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of());
    SubscriptionBillingWorkflow workflow = stub(env, worker, "sub-can");

    WorkflowExecution firstRun = WorkflowClient.start(workflow::bill, cursor("sub-can", env.currentTimeMillis(), 5, 2));
    BillingStatus result = WorkflowStub.fromTyped(workflow).getResult(BillingStatus.class);

    assertThat(result.cyclesCharged()).isEqualTo(5);
    assertThat(result.totalChargedCents()).isEqualTo(5 * BASIC.priceCents());
    assertThat(result.recentCharges()).hasSize(5);
    assertThat(gateway.charges()).hasSize(5);
    List<HistoryEvent> events = env.getWorkflowClient().fetchHistory("sub-can", firstRun.getRunId()).getEvents();
    assertThat(events.get(events.size() - 1).getEventType())
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    assertThat(events).filteredOn(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED).hasSize(2);
  }

  @Test
  void aDeclinedChargeIsRetriedOnDaysOneThreeAndSevenAndThenSucceeds(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of("1:0", "1:1", "1:2"));
    long first = env.currentTimeMillis();

    BillingStatus result = stub(env, worker, "sub-dun").bill(cursor("sub-dun", first, 3, 12));

    assertThat(result.state()).isEqualTo(SubscriptionState.COMPLETED);
    assertThat(gateway.charges()).extracting(a -> a.request().cycle()).containsExactly(0, 1, 2);
    List<RecordingGateway.Attempt> cycleOne =
        gateway.attempts.stream().filter(a -> a.request().cycle() == 1).toList();
    assertThat(cycleOne).extracting(a -> a.request().attempt()).containsExactly(0, 1, 2, 3);
    assertThat(cycleOne).extracting(a -> (a.atMillis() - due(first, 1)) / DAY).containsExactly(0L, 1L, 3L, 7L);
    assertThat(cycleOne).extracting(a -> a.request().idempotencyKey()).doesNotHaveDuplicates();
  }

  @Test
  void aChargeDeclinedOnEveryDunningDayThenSuspendsAndChargesNothingMore(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of("2:0", "2:1", "2:2", "2:3"));

    BillingStatus result = stub(env, worker, "sub-susp").bill(cursor("sub-susp", env.currentTimeMillis(), 12, 12));

    assertThat(result.state()).isEqualTo(SubscriptionState.SUSPENDED);
    assertThat(result.cyclesCharged()).isEqualTo(2);
    assertThat(result.failedAttempts()).isEqualTo(4);
    assertThat(gateway.charges()).extracting(a -> a.request().cycle()).containsExactly(0, 1);
    assertThat(gateway.attempts).hasSize(6);
  }

  @Test
  void cancellingMidCycleStopsBillingWithoutAnotherCharge(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of());
    SubscriptionBillingWorkflow workflow = stub(env, worker, "sub-cancel");
    WorkflowClient.start(workflow::bill, cursor("sub-cancel", env.currentTimeMillis(), 0, 12));
    await().atMost(Duration.ofSeconds(30)).until(() -> gateway.charges().size() == 1);

    workflow.cancel("customer left");
    BillingStatus result = WorkflowStub.fromTyped(workflow).getResult(BillingStatus.class);

    assertThat(result.state()).isEqualTo(SubscriptionState.CANCELLED);
    assertThat(result.cyclesCharged()).isEqualTo(1);
    assertThat(gateway.attempts).hasSize(1);
  }

  @Test
  void aPlanChangeTakesEffectFromTheNextCycle(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of());
    long first = env.currentTimeMillis();
    SubscriptionBillingWorkflow workflow = stub(env, worker, "sub-plan");
    WorkflowClient.start(workflow::bill, cursor("sub-plan", first, 3, 12));
    await().atMost(Duration.ofSeconds(30)).until(() -> workflow.status().cyclesCharged() == 1);

    long effective = workflow.changePlan(PREMIUM);
    assertThat(workflow.status().nextPlan()).isEqualTo(PREMIUM);
    BillingStatus result = WorkflowStub.fromTyped(workflow).getResult(BillingStatus.class);

    assertThat(effective).isEqualTo(due(first, 1));
    assertThat(gateway.charges()).extracting(a -> a.request().planCode()).containsExactly("basic", "premium", "premium");
    assertThat(result.plan()).isEqualTo(PREMIUM);
    assertThat(result.totalChargedCents()).isEqualTo(BASIC.priceCents() + 2 * PREMIUM.priceCents());
  }

  @Test
  void anUpdateWithoutAPlanIsRejectedByTheValidatorAndChangesNothing(TestWorkflowEnvironment env, Worker worker) {
    RecordingGateway gateway = started(env, worker, Set.of());
    SubscriptionBillingWorkflow workflow = stub(env, worker, "sub-null");
    WorkflowClient.start(workflow::bill, cursor("sub-null", env.currentTimeMillis(), 0, 12));
    await().atMost(Duration.ofSeconds(30)).until(() -> gateway.charges().size() == 1);

    assertThatThrownBy(() -> workflow.changePlan(null)).isInstanceOf(WorkflowUpdateException.class);
    assertThat(workflow.status().nextPlan()).isNull();
    workflow.cancel("customer left");
    assertThat(WorkflowStub.fromTyped(workflow).getResult(BillingStatus.class).plan()).isEqualTo(BASIC);
  }

  private static RecordingGateway started(TestWorkflowEnvironment env, Worker worker, Set<String> declined) {
    RecordingGateway gateway = new RecordingGateway(env, declined);
    worker.registerActivitiesImplementations(gateway.activities);
    env.start();
    return gateway;
  }

  static SubscriptionBillingWorkflow stub(TestWorkflowEnvironment env, Worker worker, String id) {
    return env.getWorkflowClient().newWorkflowStub(SubscriptionBillingWorkflow.class,
        WorkflowOptions.newBuilder().setWorkflowId(id).setTaskQueue(worker.getTaskQueue()).build());
  }

  static BillingCursor cursor(String id, long first, int totalCycles, int cyclesPerRun) {
    return BillingCursor.first(new SubscriptionRequest(id, "cust-" + id, BASIC, first, totalCycles, cyclesPerRun));
  }
}
