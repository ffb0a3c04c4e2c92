package dev.millrace.cli;

import dev.millrace.provisioning.ProvisioningDefaults;
import dev.millrace.provisioning.ProvisioningRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code millrace ops provision}: network, database, service and DNS as one saga. */
@Command(name = "provision", mixinStandardHelpOptions = true, description = "Infrastructure provisioning.")
final class ProvisionCommand {
  @Spec CommandSpec spec;

  @Command(name = "start", description = "Provision an environment; prints its id.")
  int start(@Option(names = "--environment", required = true) String environmentId,
            @Option(names = "--region", defaultValue = "local") String region,
            @Option(names = "--deadline-seconds", description = "Roll back if not done by then.")
            Long deadlineSeconds) {
    long deadline = deadlineSeconds == null ? ProvisioningDefaults.DEFAULT_DEADLINE.toSeconds() : deadlineSeconds;
    ProvisioningRequest request = Usage.valid(() -> new ProvisioningRequest(environmentId, region, deadline));
    return OpsOutput.print(spec, client -> client.startProvisioning(request));
  }

  @Command(name = "status", description = "Every step's state and the resources created.")
  int status(@Parameters(paramLabel = "ENVIRONMENT") String environmentId) {
    return OpsOutput.print(spec, client -> client.provisioningStatus(environmentId));
  }
}
