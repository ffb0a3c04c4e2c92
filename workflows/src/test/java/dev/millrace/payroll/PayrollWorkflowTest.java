package dev.millrace.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PayrollWorkflowTest {
  private static final int EMPLOYEES = 1_000;
  private static final int WINDOW = 25;

  @RegisterExtension
  static final TestWorkflowExtension temporal = TestWorkflowExtension.newBuilder()
      .registerWorkflowImplementationTypes(PayrollWorkflowImpl.class, EmployeePaymentWorkflowImpl.class)
      .setDoNotStart(true)
      .build();

  /** A bank that pays each key once, counts payments per employee and how many are in flight at once. */
  static final class CountingBank implements PayrollActivities {
    final Map<String, AtomicInteger> paid = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    private final Set<String> refuseFirstRound;
    private final Set<String> refuseAlways;

    CountingBank(Set<String> refuseFirstRound, Set<String> refuseAlways) {
      this.refuseFirstRound = refuseFirstRound;
      this.refuseAlways = refuseAlways;
    }

    @Override
    public String pay(EmployeePayment payment) {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        int call = calls.computeIfAbsent(payment.employeeId(), id -> new AtomicInteger()).incrementAndGet();
        if (refuseAlways.contains(payment.employeeId()) || (call == 1 && refuseFirstRound.contains(payment.employeeId()))) {
          throw ApplicationFailure.newNonRetryableFailure("account frozen", PayrollDefaults.REFUSED);
        }
        paid.computeIfAbsent(payment.employeeId(), id -> new AtomicInteger()).incrementAndGet();
        return "bank-" + payment.idempotencyKey();
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  @Test
  void paysAThousandEmployeesOnceEachWithBoundedConcurrencyRetryingFailuresOnceAtTheEnd(
      TestWorkflowEnvironment env, Worker worker, PayrollWorkflow workflow) {
    CountingBank bank = new CountingBank(Set.of("e-0007", "e-0500"), Set.of("e-0999"));
    worker.registerActivitiesImplementations(bank);
    env.start();

    PayrollStatus result = workflow.run(new PayrollRequest("2026-11", payees(EMPLOYEES), WINDOW));

    assertThat(result.phase()).isEqualTo(PayrollPhase.COMPLETED);
    assertThat(result.paid()).isEqualTo(EMPLOYEES - 1);
    assertThat(result.retried()).isEqualTo(3);
    assertThat(result.failures()).containsExactly(new PaymentFailure("e-0999", "account frozen"));
    assertThat(result.paidCents()).isEqualTo((EMPLOYEES - 1) * 100_000L);
    assertThat(bank.paid).hasSize(EMPLOYEES - 1);
    assertThat(bank.paid.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(bank.calls.get("e-0007").get()).isEqualTo(2);
    assertThat(bank.calls.get("e-0999").get()).isEqualTo(2);
    assertThat(bank.maxInFlight.get()).isLessThanOrEqualTo(WINDOW);
  }

  @Test
  void aPayrollListingSomeoneTwiceIsRefusedBeforeItStarts() {
    Payee once = new Payee("e-1", "acc-1", 100);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PayrollRequest("p", List.of(once, once), 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e-1 is listed twice");
  }

  static List<Payee> payees(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Payee("e-%04d".formatted(i), "acc-%04d".formatted(i), 100_000L)).toList();
  }
}
