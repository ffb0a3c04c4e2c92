package dev.millrace.store;

import java.sql.SQLException;

/** Portable reading of SQL error states shared by PostgreSQL and H2. */
public final class SqlStates {
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlStates() {}

  public static boolean isUniqueViolation(SQLException e) {
    for (SQLException current = e; current != null; current = current.getNextException()) {
      if (UNIQUE_VIOLATION.equals(current.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
