package dev.millrace.cli;

import dev.millrace.withdrawal.WithdrawalDefaults;
import dev.millrace.withdrawal.WithdrawalRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code millrace ops withdraw}: cash at an ATM, held, dispensed and captured. */
@Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Cash withdrawals.")
final class WithdrawCommand {
  @Spec CommandSpec spec;

  @Command(name = "start", description = "Start a withdrawal; prints its id.")
  int start(@Option(names = "--withdrawal", required = true) String withdrawalId,
            @Option(names = "--atm", required = true) String atmId,
            @Option(names = "--account", required = true) String accountId,
            @Option(names = "--amount", required = true, description = "Amount in cents.") long amountCents,
            @Option(names = "--confirm-timeout-seconds",
                defaultValue = "" + WithdrawalDefaults.CONFIRMATION_TIMEOUT_SECONDS) long timeout) {
    if (amountCents <= 0 || timeout <= 0) {
      throw new UsageException("--amount and --confirm-timeout-seconds must be positive");
    }
    WithdrawalRequest request = new WithdrawalRequest(withdrawalId, atmId, accountId, amountCents, timeout);
    return OpsOutput.print(spec, client -> client.startWithdrawal(request));
  }

  @Command(name = "status", description = "Where the withdrawal stands.")
  int status(@Parameters(paramLabel = "WITHDRAWAL") String withdrawalId) {
    return OpsOutput.print(spec, client -> client.withdrawalStatus(withdrawalId));
  }

  @Command(name = "confirm", description = "Confirm, as the ATM, that the notes were taken.")
  int confirm(@Parameters(paramLabel = "WITHDRAWAL") String withdrawalId) {
    return OpsOutput.print(spec, client -> {
      client.confirmDispensed(withdrawalId);
      return client.withdrawalStatus(withdrawalId);
    });
  }

  @Command(name = "fail", description = "Report, as the ATM, that it could not dispense.")
  int fail(@Parameters(paramLabel = "WITHDRAWAL") String withdrawalId,
           @Option(names = "--reason", required = true) String reason) {
    return OpsOutput.print(spec, client -> {
      client.reportDispenseFailure(withdrawalId, reason);
      return client.withdrawalStatus(withdrawalId);
    });
  }
}
