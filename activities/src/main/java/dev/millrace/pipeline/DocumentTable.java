package dev.millrace.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The PostgreSQL table a table sink writes: one row per (run id, document id) holding the document's
 * JSON. Rows are upserted, so exporting a batch again replaces its rows rather than adding to them.
 */
final class DocumentTable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;

  /** @param name a validated {@link TableSink#table()}: it is put into the SQL text */
  DocumentTable(String name) {
    this.name = name;
  }

  void createIfMissing(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS " + name + " (run_id VARCHAR(200) NOT NULL,"
          + " document_id VARCHAR(500) NOT NULL, document JSONB NOT NULL, exported_at TIMESTAMPTZ NOT NULL,"
          + " PRIMARY KEY (run_id, document_id))");
    }
  }

  /** Upserts every JSONL line of one stored batch; returns the rows written. */
  int upsert(Connection c, String runId, byte[] jsonl) throws SQLException {
    String sql = "INSERT INTO " + name + " (run_id, document_id, document, exported_at)"
        + " VALUES (?, ?, CAST(? AS JSONB), ?)"
        + " ON CONFLICT (run_id, document_id) DO UPDATE SET document = EXCLUDED.document,"
        + " exported_at = EXCLUDED.exported_at";
    Timestamp now = Timestamp.from(Instant.now());
    int rows = 0;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (String line : new String(jsonl, StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        s.setString(1, runId);
        s.setString(2, documentId(line));
        s.setString(3, line);
        s.setTimestamp(4, now);
        s.addBatch();
        rows++;
      }
      s.executeBatch();
    }
    return rows;
  }

  private static String documentId(String line) {
    try {
      JsonNode id = JSON.readTree(line).get("id");
      if (id == null || id.isNull()) {
        throw new IllegalStateException("A stored document has no id: " + line.substring(0, Math.min(80, line.length())));
      }
      return id.asText();
    } catch (IOException e) {
      throw new UncheckedIOException("A stored document is not JSON", e);
    }
  }
}
