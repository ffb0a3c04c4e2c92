package dev.millrace.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.millrace.billing.SubscriptionBillingWorkflowImpl;
import dev.millrace.payments.PaymentTransferWorkflowImpl;
import dev.millrace.payroll.EmployeePaymentWorkflowImpl;
import dev.millrace.payroll.PayrollWorkflowImpl;
import dev.millrace.provisioning.InfrastructureProvisioningWorkflowImpl;
import dev.millrace.withdrawal.CashWithdrawalWorkflowImpl;
import io.temporal.testing.WorkflowReplayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards released behaviour: each operations workflow replays a history recorded from a real run. */
class OperationsReplayTest {
  static Stream<Arguments> histories() {
    return Stream.of(
        Arguments.of("billing/subscription-billing.json", SubscriptionBillingWorkflowImpl.class),
        Arguments.of("provisioning/provisioning-rolled-back.json", InfrastructureProvisioningWorkflowImpl.class),
        Arguments.of("payments/transfer-approved.json", PaymentTransferWorkflowImpl.class),
        Arguments.of("payroll/payroll-three-employees.json", PayrollWorkflowImpl.class),
        Arguments.of("payroll/employee-payment.json", EmployeePaymentWorkflowImpl.class),
        Arguments.of("withdrawal/withdrawal-released.json", CashWithdrawalWorkflowImpl.class));
  }

  @ParameterizedTest
  @MethodSource("histories")
  void aRecordedRunReplaysWithoutNonDeterminism(String file, Class<?> implementation) throws IOException {
    String history = resource("/histories/" + file);
    assertThat(history).contains("EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED");

    assertThatCode(() -> WorkflowReplayer.replayWorkflowExecution(history, implementation))
        .doesNotThrowAnyException();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = OperationsReplayTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
