package dev.millrace.store.testing;

import dev.millrace.store.Database;
import java.nio.file.Path;

/** The two databases every store test runs against: the embedded file database and a real PostgreSQL. */
public enum TestDatabase {
  H2 {
    @Override
    public Database open(Path dir) {
      return Database.open(Database.embeddedUrl(dir), null, null);
    }
  },
  POSTGRESQL {
    @Override
    public Database open(Path dir) {
      PostgresServer server = PostgresServer.shared();
      return Database.open(server.newDatabaseUrl(), server.user(), "");
    }
  };

  /** A new, migrated, empty database; {@code dir} holds the embedded one's files. */
  public abstract Database open(Path dir);
}
