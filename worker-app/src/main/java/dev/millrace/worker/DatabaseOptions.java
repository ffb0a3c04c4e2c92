package dev.millrace.worker;

import dev.millrace.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which SQL database keeps the pipeline's state: the embedded file database unless a JDBC URL is given. */
public final class DatabaseOptions {
  @Option(names = "--db", defaultValue = "${env:MILLRACE_DB_URL}",
      description = "JDBC URL, e.g. jdbc:postgresql://host:5432/millrace (default: embedded file database"
          + " under the data directory).")
  String url;

  @Option(names = "--db-user", defaultValue = "${env:MILLRACE_DB_USER}", description = "Database user.")
  String user;

  @Option(names = "--db-password", defaultValue = "${env:MILLRACE_DB_PASSWORD}",
      description = "Database password (prefer the MILLRACE_DB_PASSWORD environment variable).")
  String password;

  public Database open(Path dataDir) {
    return Database.open(url != null ? url : Database.embeddedUrl(dataDir), user, password);
  }
}
