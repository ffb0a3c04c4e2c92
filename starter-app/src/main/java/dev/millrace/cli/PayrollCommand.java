package dev.millrace.cli;

import dev.millrace.payroll.Payee;
import dev.millrace.payroll.PayrollDefaults;
import dev.millrace.payroll.PayrollRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code millrace ops payroll}: pays every employee of a CSV once. */
@Command(name = "payroll", mixinStandardHelpOptions = true, description = "Payroll runs.")
final class PayrollCommand {
  @Spec CommandSpec spec;

  @Command(name = "start", description = "Pay the employees of a CSV file (employeeId,account,amountCents per line).")
  int start(@Option(names = "--payroll", required = true) String payrollId,
            @Option(names = "--payees", required = true) Path payees,
            @Option(names = "--max-concurrent", defaultValue = "" + PayrollDefaults.MAX_CONCURRENT_PAYMENTS) int window)
      throws IOException {
    List<Payee> list = read(payees);
    PayrollRequest request = Usage.valid(() -> new PayrollRequest(payrollId, list, window));
    return OpsOutput.print(spec, client -> client.startPayroll(request));
  }

  @Command(name = "status", description = "Paid, in flight, retried and failed employees.")
  int status(@Parameters(paramLabel = "PAYROLL") String payrollId) {
    return OpsOutput.print(spec, client -> client.payrollStatus(payrollId));
  }

  static List<Payee> read(Path file) throws IOException {
    if (!Files.isReadable(file)) {
      throw new UsageException("cannot read payees file " + file);
    }
    List<Payee> payees = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(",");
      try {
        if (fields.length != 3) {
          throw new NumberFormatException("expected employeeId,account,amountCents");
        }
        payees.add(new Payee(fields[0].strip(), fields[1].strip(), Long.parseLong(fields[2].strip())));
      } catch (NumberFormatException e) {
        throw new UsageException(file + " line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return payees;
  }
}
