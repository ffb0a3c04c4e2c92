package dev.millrace.provisioning;

import dev.millrace.operations.FaultPlan;
import dev.millrace.operations.Sql;

/**
 * A cloud provider on the SQL database: one resource per environment and step. Creating what exists returns
 * it, deleting what does not exist succeeds. Faults for system {@value #SYSTEM} target "environment/STEP".
 */
public final class CloudSimulator implements CloudActivities {
  public static final String SYSTEM = "cloud";

  private final Sql sql;
  private final FaultPlan faults;

  public CloudSimulator(Sql sql, FaultPlan faults) {
    this.sql = sql;
    this.faults = faults;
  }

  @Override
  public String create(String environmentId, String region, Step step) {
    faults.apply(SYSTEM, environmentId + "/" + step, ProvisioningDefaults.REFUSED,
        step.name().toLowerCase() + " refused: quota exceeded in " + region);
    String resourceId = region + "/" + environmentId + "/" + step.name().toLowerCase();
    return sql.inTransaction(c -> {
      Sql.insertIfAbsent(c, "INSERT INTO cloud_resource (environment_id, step, region, resource_id) VALUES (?, ?, ?, ?)",
          environmentId, step.name(), region, resourceId);
      return Sql.one(c, "SELECT resource_id FROM cloud_resource WHERE environment_id = ? AND step = ?",
          row -> row.getString(1), environmentId, step.name()).orElseThrow();
    });
  }

  @Override
  public void delete(String environmentId, Step step) {
    faults.apply(SYSTEM, environmentId + "/" + step + "/delete", ProvisioningDefaults.REFUSED, "delete refused");
    sql.update("DELETE FROM cloud_resource WHERE environment_id = ? AND step = ?", environmentId, step.name());
  }

  /** Resources that exist for the environment. */
  public int resourcesOf(String environmentId) {
    return sql.one("SELECT COUNT(*) FROM cloud_resource WHERE environment_id = ?", row -> row.getInt(1), environmentId)
        .orElse(0);
  }
}
