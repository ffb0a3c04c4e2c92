package dev.millrace.billing;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Sleeps on a durable timer until each monthly (or fixed-period) billing date, charges once per cycle (the cycle is the
 * ledger's key), runs dunning on the days of {@link BillingDefaults#DUNNING_DAYS} after a failed charge,
 * then suspends. Continues as new every {@code cyclesPerRun} cycles.
 */
public final class SubscriptionBillingWorkflowImpl implements SubscriptionBillingWorkflow {
  private final BillingActivities gateway = Workflow.newActivityStub(BillingActivities.class,
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(BillingDefaults.CHARGE_TIMEOUT)
          .setScheduleToCloseTimeout(BillingDefaults.CHARGE_RETRY_WINDOW)
          .setRetryOptions(RetryOptions.newBuilder()
              .setMaximumInterval(BillingDefaults.CHARGE_MAX_RETRY_INTERVAL)
              .setDoNotRetry(BillingDefaults.DECLINED)
              .build())
          .build());

  private SubscriptionRequest request;
  private Plan plan;
  private Plan nextPlan;
  private int nextCycle;
  private long totalChargedCents;
  private final Deque<Charge> recentCharges = new ArrayDeque<>();
  private SubscriptionState state = SubscriptionState.ACTIVE;
  private int failedAttempts;
  private long nextChargeEpochMillis;
  private boolean cancelled;

  @Override
  public BillingStatus bill(BillingCursor cursor) {
    request = cursor.request();
    plan = cursor.plan();
    nextPlan = cursor.nextPlan();
    nextCycle = cursor.nextCycle();
    totalChargedCents = cursor.totalChargedCents();
    recentCharges.addAll(cursor.recentCharges());
    int chargedThisRun = 0;
    while (request.totalCycles() == 0 || nextCycle < request.totalCycles()) {
      if (chargedThisRun == request.cyclesPerRun()) {
        Workflow.await(Workflow::isEveryHandlerFinished);
        Workflow.continueAsNew(new BillingCursor(request, plan, nextPlan, nextCycle, totalChargedCents,
            List.copyOf(recentCharges)));
      }
      if (!sleepUntil(dueDate(nextCycle))) {
        return finish(SubscriptionState.CANCELLED);
      }
      if (nextPlan != null) {
        plan = nextPlan;
        nextPlan = null;
      }
      if (!chargeWithDunning()) {
        return finish(cancelled ? SubscriptionState.CANCELLED : SubscriptionState.SUSPENDED);
      }
      nextCycle++;
      chargedThisRun++;
    }
    return finish(SubscriptionState.COMPLETED);
  }

  /** Charges the current cycle, retrying on the dunning days; false if suspended or cancelled meanwhile. */
  private boolean chargeWithDunning() {
    long due = dueDate(nextCycle);
    for (int attempt = 0; ; attempt++) {
      try {
        Charge charge = gateway.charge(new ChargeRequest(request.subscriptionId(), request.customerId(), nextCycle,
            attempt, plan.code(), plan.priceCents()));
        record(charge);
        return true;
      } catch (ActivityFailure declinedOrUnreachable) {
        failedAttempts++;
        if (attempt == BillingDefaults.DUNNING_DAYS.size()) {
          return false;
        }
        state = SubscriptionState.DUNNING;
        if (!sleepUntil(due + Duration.ofDays(BillingDefaults.DUNNING_DAYS.get(attempt)).toMillis())) {
          return false;
        }
      }
    }
  }

  private void record(Charge charge) {
    state = SubscriptionState.ACTIVE;
    failedAttempts = 0;
    totalChargedCents += charge.amountCents();
    recentCharges.addLast(charge);
    while (recentCharges.size() > BillingDefaults.RECENT_CHARGES) {
      recentCharges.removeFirst();
    }
  }

  /** Waits for the instant on a durable timer; false if the subscription was cancelled first. */
  private boolean sleepUntil(long epochMillis) {
    nextChargeEpochMillis = epochMillis;
    long wait = epochMillis - Workflow.currentTimeMillis();
    if (wait > 0) {
      Workflow.await(Duration.ofMillis(wait), () -> cancelled);
    }
    return !cancelled;
  }

  private long dueDate(int cycle) {
    if (request.hasFixedPeriod()) {
      return request.firstBillingEpochMillis() + Duration.ofSeconds(request.periodSeconds()).toMillis() * cycle;
    }
    return Instant.ofEpochMilli(request.firstBillingEpochMillis()).atZone(ZoneOffset.UTC).plusMonths(cycle)
        .toInstant().toEpochMilli();
  }

  private BillingStatus finish(SubscriptionState finalState) {
    state = finalState;
    nextChargeEpochMillis = 0;
    return status();
  }

  @Override
  public void cancel(String reason) {
    Workflow.getLogger(SubscriptionBillingWorkflowImpl.class)
        .info("Subscription {} cancelled: {}", Workflow.getInfo().getWorkflowId(), reason);
    cancelled = true;
  }

  @Override
  public long changePlan(Plan newPlan) {
    nextPlan = newPlan;
    return dueDate(state == SubscriptionState.DUNNING ? nextCycle + 1 : nextCycle);
  }

  @Override
  public void validateChangePlan(Plan newPlan) {
    if (newPlan == null) {
      throw new IllegalArgumentException("a plan is required");
    }
    if (request == null) {
      throw new IllegalStateException("the subscription has not started billing yet; try again");
    }
    if (cancelled || state == SubscriptionState.SUSPENDED || state == SubscriptionState.COMPLETED) {
      throw new IllegalStateException("subscription " + Workflow.getInfo().getWorkflowId() + " is " + state
          + (cancelled ? " (cancelled)" : "") + "; its plan can no longer change");
    }
  }

  @Override
  public BillingStatus status() {
    return new BillingStatus(request.subscriptionId(), state, plan, nextPlan, nextCycle, totalChargedCents,
        nextChargeEpochMillis, failedAttempts, List.copyOf(recentCharges));
  }
}
