package dev.millrace.store;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where Millrace keeps its data: the data directory and the SQL database, the embedded file database under
 * the data directory unless a JDBC URL is given. Shared by every command that reads or writes runs.
 */
public final class DatabaseOptions {
  @Option(names = "--data-dir", defaultValue = "${env:MILLRACE_DATA_DIR:-millrace-data}",
      description = "Data directory: embedded database and artifacts (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--db", defaultValue = "${env:MILLRACE_DB_URL}",
      description = "JDBC URL, e.g. jdbc:postgresql://host:5432/millrace (default: embedded file database"
          + " under the data directory).")
  String url;

  @Option(names = "--db-user", defaultValue = "${env:MILLRACE_DB_USER}", description = "Database user.")
  String user;

  @Option(names = "--db-password", defaultValue = "${env:MILLRACE_DB_PASSWORD}",
      description = "Database password (prefer the MILLRACE_DB_PASSWORD environment variable).")
  String password;

  public Path dataDir() {
    return dataDir.toAbsolutePath().normalize();
  }

  /** The JDBC URL in use: the one given, or the embedded database's under the data directory. */
  public String jdbcUrl() {
    return url != null ? url : Database.embeddedUrl(dataDir());
  }

  public Database open() {
    return Database.open(jdbcUrl(), user, password);
  }
}
