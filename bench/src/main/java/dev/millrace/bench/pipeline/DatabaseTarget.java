package dev.millrace.bench.pipeline;

import dev.millrace.store.Database;
import java.nio.file.Path;
import java.util.function.Function;

/** Where a contender's database lives; the URL may depend on the pass's own work directory. */
public record DatabaseTarget(Function<Path, String> jdbcUrl, String user, String password) {
  /** The embedded H2 file database Millrace uses by default, in the work directory. */
  public static DatabaseTarget embedded() {
    return new DatabaseTarget(Database::embeddedUrl, "sa", "");
  }

  Database open(Path workDir) {
    return Database.open(jdbcUrl.apply(workDir), user, password);
  }
}
