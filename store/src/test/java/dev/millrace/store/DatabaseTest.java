package dev.millrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.millrace.store.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void migratesAnEmptyDatabaseAndReadsUniqueViolationsPortably(TestDatabase kind) throws SQLException {
    try (Database db = kind.open(dir); Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY)");
      s.execute("INSERT INTO probe VALUES (1)");
      SQLException duplicate = catchThrowableOfType(SQLException.class, () -> s.execute("INSERT INTO probe VALUES (1)"));
      assertThat(SqlStates.isUniqueViolation(duplicate)).isTrue();
      try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM pipeline_run")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getInt(1)).isZero();
      }
    }
  }
}
