package dev.millrace.provisioning;

/** An environment to provision, and how many seconds it may take before everything is rolled back. */
public record ProvisioningRequest(String environmentId, String region, long deadlineSeconds) {
  public ProvisioningRequest {
    if (environmentId == null || environmentId.isBlank()) {
      throw new IllegalArgumentException("environmentId must not be blank");
    }
    if (deadlineSeconds <= 0) {
      throw new IllegalArgumentException("deadlineSeconds must be positive, got " + deadlineSeconds);
    }
  }
}
