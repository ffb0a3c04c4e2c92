package dev.millrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code millrace ops}: the operations workflows on running workers. A verb of its own so that
 * {@code millrace start} stays the pipeline's.
 */
@Command(name = "ops", mixinStandardHelpOptions = true,
    description = "Start, query and control the operations workflows (billing, provisioning, payments, payroll, withdrawal).",
    subcommands = {BillingCommand.class, ProvisionCommand.class, TransferCommand.class, PayrollCommand.class,
        WithdrawCommand.class})
public class OpsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: choose one of " + spec.subcommands().keySet());
  }
}
