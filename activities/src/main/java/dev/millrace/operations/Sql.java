package dev.millrace.operations;

import dev.millrace.store.SqlStates;
import dev.millrace.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** The few JDBC shapes the simulators need, each on its own connection or inside a caller's transaction. */
public final class Sql {
  /** Reads one row. */
  @FunctionalInterface
  public interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Work inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public Sql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs the work in one transaction, committed if it returns and rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("simulator database operation failed", e);
    }
  }

  public int update(String sql, Object... params) {
    return inTransaction(c -> update(c, sql, params));
  }

  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, params)) {
      return s.executeUpdate();
    }
  }

  /** Inserts the row; false if its key exists already (the statement is isolated in a savepoint). */
  public static boolean insertIfAbsent(Connection c, String sql, Object... params) throws SQLException {
    var savepoint = c.setSavepoint();
    try {
      update(c, sql, params);
      return true;
    } catch (SQLException e) {
      if (!SqlStates.isUniqueViolation(e)) {
        throw e;
      }
      c.rollback(savepoint);
      return false;
    }
  }

  public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    return inTransaction(c -> one(c, sql, row, params));
  }

  public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }
}
