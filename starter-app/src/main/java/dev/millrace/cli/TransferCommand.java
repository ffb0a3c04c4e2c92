package dev.millrace.cli;

import dev.millrace.payments.PaymentDefaults;
import dev.millrace.payments.TransferRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code millrace ops transfer}: payments, with approval of large ones. */
@Command(name = "transfer", mixinStandardHelpOptions = true, description = "Payment transfers.")
final class TransferCommand {
  @Spec CommandSpec spec;

  @Command(name = "start", description = "Start a transfer; the reference is its idempotency key and id.")
  int start(@Option(names = "--reference", required = true) String reference,
            @Option(names = "--from", required = true) String from,
            @Option(names = "--to", required = true) String to,
            @Option(names = "--amount", required = true, description = "Amount in cents.") long amountCents,
            @Option(names = "--currency", defaultValue = "EUR") String currency,
            @Option(names = "--approval-threshold", defaultValue = "" + PaymentDefaults.APPROVAL_THRESHOLD_CENTS)
            long threshold,
            @Option(names = "--approval-timeout-seconds", defaultValue = "86400") long approvalTimeout) {
    if (approvalTimeout <= 0) {
      throw new UsageException("--approval-timeout-seconds must be positive, got " + approvalTimeout);
    }
    TransferRequest request = new TransferRequest(reference, from, to, amountCents, currency, threshold, approvalTimeout);
    return OpsOutput.print(spec, client -> client.startTransfer(request));
  }

  @Command(name = "status", description = "Where the transfer stands.")
  int status(@Parameters(paramLabel = "REFERENCE") String reference) {
    return OpsOutput.print(spec, client -> client.transferStatus(reference));
  }

  @Command(name = "approve", description = "Approve a transfer waiting for approval.")
  int approve(@Parameters(paramLabel = "REFERENCE") String reference,
              @Option(names = "--by", required = true) String approver) {
    return OpsOutput.print(spec, client -> {
      client.approveTransfer(reference, approver);
      return client.transferStatus(reference);
    });
  }

  @Command(name = "reject", description = "Reject a transfer waiting for approval; the debit is refunded.")
  int reject(@Parameters(paramLabel = "REFERENCE") String reference,
             @Option(names = "--by", required = true) String approver,
             @Option(names = "--reason", required = true) String reason) {
    return OpsOutput.print(spec, client -> {
      client.rejectTransfer(reference, approver, reason);
      return client.transferStatus(reference);
    });
  }
}
