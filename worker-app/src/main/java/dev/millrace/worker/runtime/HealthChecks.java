package dev.millrace.worker.runtime;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Liveness (the worker factory runs) and readiness (Temporal answers {@code GetSystemInfo} and the
 * database answers a validity check), each a map of named checks to their verdicts.
 */
public final class HealthChecks {
  static final int CHECK_TIMEOUT_SECONDS = 2;

  private final BooleanSupplier workerRunning;
  private final WorkflowServiceStubs temporal;
  private final DataSource database;

  public HealthChecks(BooleanSupplier workerRunning, WorkflowServiceStubs temporal, DataSource database) {
    this.workerRunning = workerRunning;
    this.temporal = temporal;
    this.database = database;
  }

  public Map<String, String> liveness() {
    return Map.of("worker", verdict(workerRunning.getAsBoolean()));
  }

  public Map<String, String> readiness() {
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("worker", verdict(workerRunning.getAsBoolean()));
    checks.put("temporal", verdict(temporalAnswers()));
    checks.put("database", verdict(databaseAnswers()));
    return checks;
  }

  public static boolean allUp(Map<String, String> checks) {
    return checks.values().stream().allMatch("UP"::equals);
  }

  private boolean temporalAnswers() {
    try {
      temporal.blockingStub().withDeadlineAfter(CHECK_TIMEOUT_SECONDS, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private boolean databaseAnswers() {
    try (Connection connection = database.getConnection()) {
      return connection.isValid(CHECK_TIMEOUT_SECONDS);
    } catch (Exception e) {
      return false;
    }
  }

  private static String verdict(boolean up) {
    return up ? "UP" : "DOWN";
  }
}
