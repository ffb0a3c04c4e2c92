package dev.millrace.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * The worker's credentials for table sinks, from its environment: they stay in the worker process, never
 * in a run's parameters, the registry, events or logs.
 */
public record TableSinkCredentials(String user, String password) {
  private static final String CONNECT_TIMEOUT_SECONDS = "10";

  public static TableSinkCredentials fromEnvironment(Map<String, String> env) {
    return new TableSinkCredentials(env.get(TableSink.USER_ENV), env.get(TableSink.PASSWORD_ENV));
  }

  public Connection connect(String jdbcUrl) throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  @Override
  public String toString() {
    return "TableSinkCredentials[user=" + user + ", password=" + (password == null ? "unset" : "***") + "]";
  }
}
