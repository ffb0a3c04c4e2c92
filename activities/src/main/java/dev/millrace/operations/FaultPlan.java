package dev.millrace.operations;

import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.Optional;

/**
 * Faults the simulators inject, kept in the database so the CLI, tests and every worker share them. A fault
 * targets one key of one system, or '*' for all of its keys, for a number of calls (negative: forever).
 */
public final class FaultPlan {
  public static final String ANY = "*";

  private final Sql sql;

  public FaultPlan(Sql sql) {
    this.sql = sql;
  }

  /** Plans a fault for the next {@code times} calls on the key, replacing any fault planned for it. */
  public void plan(String system, String target, Fault fault, int times, Duration delay) {
    sql.inTransaction(c -> {
      Sql.update(c, "DELETE FROM simulator_fault WHERE system_name = ? AND target = ?", system, target);
      return Sql.update(c, "INSERT INTO simulator_fault (system_name, target, fault, remaining, delay_millis)"
          + " VALUES (?, ?, ?, ?, ?)", system, target, fault.name(), times, delay.toMillis());
    });
  }

  public void clear(String system) {
    sql.update("DELETE FROM simulator_fault WHERE system_name = ?", system);
  }

  /**
   * Consumes one planned call for the key and acts on it: throws for {@link Fault#FAIL} and
   * {@link Fault#REFUSE} (with the given failure type), sleeps for {@link Fault#SLOW}.
   *
   * @return the fault applied, if any
   */
  public Optional<Fault> apply(String system, String key, String refusalType, String refusal) {
    Optional<Planned> planned = take(system, key).or(() -> take(system, ANY));
    if (planned.isEmpty()) {
      return Optional.empty();
    }
    switch (planned.get().fault()) {
      case FAIL -> throw ApplicationFailure.newFailure(system + " unavailable (simulated outage)", "SimulatedOutage");
      case REFUSE -> throw ApplicationFailure.newNonRetryableFailure(refusal, refusalType);
      case SLOW -> sleep(planned.get().delayMillis());
      case SILENT -> { }
    }
    return Optional.of(planned.get().fault());
  }

  private record Planned(Fault fault, long delayMillis) {}

  private Optional<Planned> take(String system, String target) {
    return sql.inTransaction(c -> {
      Optional<Planned> planned = Sql.one(c, "SELECT fault, remaining, delay_millis FROM simulator_fault"
              + " WHERE system_name = ? AND target = ? AND remaining <> 0 FOR UPDATE",
          row -> new Planned(Fault.valueOf(row.getString(1)), row.getLong(3)), system, target);
      if (planned.isPresent()) {
        Sql.update(c, "UPDATE simulator_fault SET remaining = remaining - 1"
            + " WHERE system_name = ? AND target = ? AND remaining > 0", system, target);
      }
      return planned;
    });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApplicationFailure.newFailure("interrupted while simulating a slow answer", "SimulatedOutage");
    }
  }
}
