package dev.millrace.billing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** A mocked gateway that records every attempt with the workflow time it saw, and declines the attempts it is told to. */
final class RecordingGateway {
  record Attempt(ChargeRequest request, long atMillis, boolean charged) {}

  final BillingActivities activities = mock(BillingActivities.class, withSettings().withoutAnnotations());
  final List<Attempt> attempts = new CopyOnWriteArrayList<>();

  /** @param declined "cycle:attempt" pairs to decline */
  RecordingGateway(TestWorkflowEnvironment env, Set<String> declined) {
    when(activities.charge(any())).thenAnswer(call -> {
      ChargeRequest request = call.getArgument(0);
      boolean decline = declined.contains(request.cycle() + ":" + request.attempt());
      attempts.add(new Attempt(request, env.currentTimeMillis(), !decline));
      if (decline) {
        throw ApplicationFailure.newNonRetryableFailure("card declined", BillingDefaults.DECLINED);
      }
      return new Charge(request.cycle(), request.planCode(), request.amountCents(), "gw-" + request.idempotencyKey(),
          env.currentTimeMillis());
    });
  }

  List<Attempt> charges() {
    return attempts.stream().filter(Attempt::charged).toList();
  }

  static long due(long first, int cycle) {
    return Instant.ofEpochMilli(first).atZone(ZoneOffset.UTC).plusMonths(cycle).toInstant().toEpochMilli();
  }
}
