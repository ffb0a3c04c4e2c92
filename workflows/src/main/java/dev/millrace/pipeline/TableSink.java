package dev.millrace.pipeline;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a run also writes its documents as rows: a PostgreSQL database and a table in it. Only the URL and
 * the table name are stored and cross Temporal; the worker takes the credentials from its environment
 * ({@link #USER_ENV}, {@link #PASSWORD_ENV}), so they never appear in the registry, events or history.
 */
public record TableSink(String jdbcUrl, String table) {
  public static final String DEFAULT_TABLE = "millrace_documents";
  public static final String USER_ENV = "MILLRACE_TABLE_SINK_USER";
  public static final String PASSWORD_ENV = "MILLRACE_TABLE_SINK_PASSWORD";
  /** A plain or schema-qualified SQL identifier: the name is put into SQL text, so nothing else is allowed. */
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

  public TableSink {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(table, "table");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--table-sink '" + jdbcUrl + "' must be a PostgreSQL JDBC URL"
          + " (jdbc:postgresql://host:5432/database)");
    }
    if (jdbcUrl.toLowerCase(Locale.ROOT).contains("password=")) {
      throw new IllegalArgumentException("--table-sink must not carry a password; set " + PASSWORD_ENV
          + " (and " + USER_ENV + ") in the worker's environment instead");
    }
    if (!TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException("--table-sink-table '" + table + "' must be a table name of letters,"
          + " digits and '_' (optionally schema.table), not starting with a digit");
    }
  }
}
