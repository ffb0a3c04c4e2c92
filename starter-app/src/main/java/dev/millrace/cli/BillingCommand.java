package dev.millrace.cli;

import dev.millrace.billing.BillingDefaults;
import dev.millrace.billing.Plan;
import dev.millrace.billing.SubscriptionRequest;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code millrace ops billing}: subscriptions billed monthly until cancelled. */
@Command(name = "billing", mixinStandardHelpOptions = true, description = "Subscription billing.")
final class BillingCommand {
  @Spec CommandSpec spec;

  @Command(name = "start", description = "Start billing a subscription; prints its id.")
  int start(@Option(names = "--subscription", required = true) String subscriptionId,
            @Option(names = "--customer", required = true) String customerId,
            @Option(names = "--plan", required = true) String plan,
            @Option(names = "--price", required = true, description = "Monthly price in cents.") long priceCents,
            @Option(names = "--cycles", defaultValue = "0", description = "Cycles to bill, 0 until cancelled.") int cycles,
            @Option(names = "--cycles-per-run", defaultValue = "" + BillingDefaults.CYCLES_PER_RUN) int cyclesPerRun,
            @Option(names = "--period-seconds", defaultValue = "0",
                description = "Bill every N seconds instead of monthly (trials, tests); 0 is monthly.") long periodSeconds) {
    SubscriptionRequest request = Usage.valid(() -> new SubscriptionRequest(subscriptionId, customerId,
        new Plan(plan, priceCents), Instant.now().toEpochMilli(), cycles, cyclesPerRun, periodSeconds));
    return OpsOutput.print(spec, client -> client.startSubscription(request));
  }

  @Command(name = "status", description = "Plan, next charge date and recent ledger entries.")
  int status(@Parameters(paramLabel = "SUBSCRIPTION") String subscriptionId) {
    return OpsOutput.print(spec, client -> client.billingStatus(subscriptionId));
  }

  @Command(name = "cancel", description = "Cancel the subscription; nothing more is charged.")
  int cancel(@Parameters(paramLabel = "SUBSCRIPTION") String subscriptionId,
             @Option(names = "--reason", defaultValue = "cancelled by operator") String reason) {
    return OpsOutput.print(spec, client -> {
      client.cancelSubscription(subscriptionId, reason);
      return client.billingStatus(subscriptionId);
    });
  }

  @Command(name = "change-plan", description = "Change the plan from the next cycle; prints when it takes effect.")
  int changePlan(@Parameters(paramLabel = "SUBSCRIPTION") String subscriptionId,
                 @Option(names = "--plan", required = true) String plan,
                 @Option(names = "--price", required = true) long priceCents) {
    Plan newPlan = Usage.valid(() -> new Plan(plan, priceCents));
    return OpsOutput.print(spec, client -> "effective " + Instant.ofEpochMilli(client.changePlan(subscriptionId, newPlan)));
  }
}
