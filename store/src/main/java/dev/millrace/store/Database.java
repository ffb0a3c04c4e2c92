package dev.millrace.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A pooled, migrated connection to Millrace's SQL store: the embedded file database by default,
 * PostgreSQL in production. The same Flyway migrations serve both.
 */
public final class Database implements AutoCloseable {
  /**
   * How long a caller waits for a pooled connection. Short, so that an unreachable database fails an
   * activity within seconds (and Temporal retries it with backoff) instead of holding it for HikariCP's 30 s.
   */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);
  /** The migrations' placeholder for {@link #largeBinaryType(String)}. */
  private static final String LARGE_BINARY_PLACEHOLDER = "large_binary";

  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(String jdbcUrl, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(8);
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setPoolName("millrace");
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(dataSource)
          .placeholders(Map.of(LARGE_BINARY_PLACEHOLDER, largeBinaryType(jdbcUrl)))
          .load().migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource);
  }

  /**
   * The embedded file database under the data directory. AUTO_SERVER lets several local processes
   * (a worker and its peers) share the file; PostgreSQL mode keeps the SQL portable. WRITE_DELAY=0 writes
   * each commit to the file before the commit returns: by default H2 holds commits in memory for up to
   * 500 ms, and a worker killed meanwhile would lose a batch that Temporal already recorded as done.
   */
  public static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("millrace").toAbsolutePath()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  /**
   * The column type for large binary values such as a batch's cleaned documents on this database. H2 keeps a
   * {@code BINARY LARGE OBJECT} in blocks of its own, where a {@code VARBINARY} of a few megabytes is
   * serialised whole inside its table page on every write; PostgreSQL's {@code BYTEA} is already stored aside.
   */
  public static String largeBinaryType(String jdbcUrl) {
    return jdbcUrl.startsWith("jdbc:h2:") ? "BINARY LARGE OBJECT" : "BYTEA";
  }

  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
