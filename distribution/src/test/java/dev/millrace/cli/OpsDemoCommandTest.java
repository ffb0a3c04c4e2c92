package dev.millrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code millrace ops demo} end to end in this JVM: the embedded Temporal server, the operations worker and
 * the simulators on the real embedded database.
 */
class OpsDemoCommandTest {
  @TempDir Path dir;

  @Test
  void billingChargesTheFirstCycleOnceTakesAPlanChangeAndStopsWhenCancelled() throws Exception {
    JsonNode report = demo("billing");

    assertThat(report.at("/status/state").asText()).isEqualTo("CANCELLED");
    assertThat(report.at("/status/cyclesCharged").asInt()).isEqualTo(1);
    assertThat(report.at("/status/nextPlan/code").asText()).isEqualTo("premium");
    assertThat(report.at("/ledgerCharges").asInt()).isEqualTo(1);
  }

  @Test
  void provisioningCreatesEveryResource() throws Exception {
    JsonNode report = demo("provisioning");

    assertThat(report.at("/status/state").asText()).isEqualTo("PROVISIONED");
    assertThat(report.at("/resourcesLeft").asInt()).isEqualTo(4);
  }

  @Test
  void provisioningThatFailsAtTheServiceLeavesNothingBehind() throws Exception {
    JsonNode report = demo("provisioning", "--fail-at", "SERVICE");

    assertThat(report.at("/status/state").asText()).isEqualTo("ROLLED_BACK");
    assertThat(report.at("/status/steps/SERVICE").asText()).isEqualTo("COMPENSATED");
    assertThat(report.at("/status/steps/DNS").asText()).isEqualTo("PENDING");
    assertThat(report.at("/resourcesLeft").asInt()).isZero();
  }

  @Test
  void aTransferWhoseCreditFailsIsRefundedAndBalancesAreUnchanged() throws Exception {
    JsonNode report = demo("transfer", "--fail-credit");

    assertThat(report.at("/status/state").asText()).isEqualTo("REFUNDED");
    assertThat(balances(report)).containsExactlyInAnyOrder(1_000_000L, 0L);
  }

  @Test
  void anApprovedLargeTransferMovesTheMoney() throws Exception {
    JsonNode report = demo("transfer", "--amount", "500000", "--approve");

    assertThat(report.at("/status/state").asText()).isEqualTo("COMPLETED");
    assertThat(report.at("/status/approver").asText()).isEqualTo("demo-approver");
    assertThat(balances(report)).containsExactlyInAnyOrder(500_000L, 500_000L);
  }

  @Test
  void aLargeTransferNobodyApprovesExpiresAndIsRefunded() throws Exception {
    JsonNode report = demo("transfer", "--amount", "500000");

    assertThat(report.at("/status/state").asText()).isEqualTo("EXPIRED");
    assertThat(balances(report)).containsExactlyInAnyOrder(1_000_000L, 0L);
  }

  @Test
  void payrollPaysEveryOpenAccountOnceAndReportsTheClosedOnes() throws Exception {
    JsonNode report = demo("payroll", "--employees", "40", "--closed", "2", "--max-concurrent", "8");

    assertThat(report.at("/status/paid").asInt()).isEqualTo(38);
    assertThat(report.at("/status/retried").asInt()).isEqualTo(2);
    assertThat(report.at("/status/failures")).hasSize(2);
    assertThat(report.at("/salaryPostings").asLong()).isEqualTo(38);
  }

  @Test
  void aWithdrawalTheAtmConfirmsIsCaptured() throws Exception {
    JsonNode report = demo("withdrawal");

    assertThat(report.at("/status/state").asText()).isEqualTo("CAPTURED");
    assertThat(report.at("/balance").asLong()).isEqualTo(30_000);
  }

  @Test
  void aWithdrawalTheAtmNeverConfirmsReleasesTheHold() throws Exception {
    JsonNode report = demo("withdrawal", "--silent-atm");

    assertThat(report.at("/status/state").asText()).isEqualTo("RELEASED");
    assertThat(report.at("/status/detail").asText()).isEqualTo("dispense not confirmed within 3s");
    assertThat(report.at("/balance").asLong()).isEqualTo(50_000);
  }

  private JsonNode demo(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("ops", "demo", "--data-dir", dir.toString()));
    command.addAll(List.of(args));
    StringWriter out = new StringWriter();
    CommandLine cli = MillraceMain.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(command.toArray(String[]::new))).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  private static List<Long> balances(JsonNode report) {
    List<Long> balances = new ArrayList<>();
    report.get("balances").forEach(node -> balances.add(node.asLong()));
    return balances;
  }
}
