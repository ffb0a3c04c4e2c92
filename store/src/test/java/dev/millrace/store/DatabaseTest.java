package dev.millrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.millrace.store.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
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

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void storesBatchOutputsAsLargeBinaryValuesThatKeepEveryByte(TestDatabase kind) throws SQLException {
    try (Database db = kind.open(dir); Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT data_type, is_nullable FROM information_schema.columns"
          + " WHERE table_name = 'batch_output' AND column_name = 'documents'")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualToIgnoringCase(kind == TestDatabase.H2 ? "BINARY LARGE OBJECT" : "bytea");
        assertThat(r.getString(2)).isEqualTo("NO");
      }
      byte[] documents = new byte[3 << 20];
      new Random(7).nextBytes(documents);
      s.execute("INSERT INTO pipeline_run (run_id, input_path, artifact_path, batch_size, max_document_bytes,"
          + " cleaning_steps, window_size, state, created_at, updated_at)"
          + " VALUES ('r', 'in', 'out', 1, 1, 'html', 1, 'RUNNING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
      s.execute("INSERT INTO pipeline_batch (run_id, batch_index, start_offset, end_offset, first_line) VALUES ('r', 0, 0, 1, 1)");
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO batch_output (run_id, batch_index, documents) VALUES ('r', 0, ?)")) {
        insert.setBytes(1, documents);
        insert.executeUpdate();
      }
      try (ResultSet r = s.executeQuery("SELECT documents FROM batch_output WHERE run_id = 'r'")) {
        assertThat(r.next()).isTrue();
        try (InputStream stored = r.getBinaryStream(1)) {
          assertThat(stored.readAllBytes()).isEqualTo(documents);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
