package dev.millrace.pipeline;

import dev.millrace.store.RunRegistry;
import dev.millrace.store.SqlStates;
import dev.millrace.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.sql.DataSource;

/**
 * The pipeline's durable state in SQL: batch ranges, batch output with its checkpoint, and quarantine,
 * beside the {@link RunRegistry} of runs and their chunking parameters. Every write is idempotent so that activity retries are safe.
 */
public final class JdbcPipelineStore {
  private static final int INSERT_BATCH = 1000;
  private static final int ID_QUERY_CHUNK = 200;

  private final DataSource dataSource;
  private final RunRegistry runs;

  public JdbcPipelineStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.runs = new RunRegistry(dataSource);
  }

  /** Takes one stored batch's JSONL as a stream that is open only during the call. */
  @FunctionalInterface
  public interface OutputSink {
    void accept(InputStream documents) throws IOException;
  }

  /** Produces the batch ranges of a plan, streaming them to the sink. */
  @FunctionalInterface
  public interface PlanSource {
    RunPlan produce(Consumer<BatchRange> sink) throws IOException;
  }

  /** The registry of runs on the same database. */
  public RunRegistry runs() {
    return runs;
  }

  public Optional<RunPlan> findPlan(String runId) {
    String sql = "SELECT batch_count, line_count, content_hash FROM pipeline_run"
        + " WHERE run_id = ? AND batch_count IS NOT NULL";
    return queryOne(sql, runId, r -> new RunPlan(r.getInt(1), r.getLong(2), r.getString(3)));
  }

  /** Stores every batch range and the plan's totals in one transaction. */
  public RunPlan savePlan(String runId, PlanSource source) throws IOException {
    String insert = "INSERT INTO pipeline_batch (run_id, batch_index, start_offset, end_offset, first_line)"
        + " VALUES (?, ?, ?, ?, ?)";
    String update = "UPDATE pipeline_run SET batch_count = ?, line_count = ?, content_hash = ?, state = ?,"
        + " updated_at = ? WHERE run_id = ?";
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ranges = c.prepareStatement(insert); PreparedStatement totals = c.prepareStatement(update)) {
        int[] pending = {0};
        RunPlan plan = source.produce(range -> addRange(ranges, runId, range, pending));
        ranges.executeBatch();
        totals.setInt(1, plan.batchCount());
        totals.setLong(2, plan.lineCount());
        totals.setString(3, plan.contentHash());
        totals.setString(4, RunState.RUNNING.name());
        totals.setTimestamp(5, Timestamp.from(Instant.now()));
        totals.setString(6, runId);
        totals.executeUpdate();
        c.commit();
        return plan;
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("Could not save the plan of run " + runId, e);
    }
  }

  private static void addRange(PreparedStatement s, String runId, BatchRange range, int[] pending) {
    try {
      s.setString(1, runId);
      s.setInt(2, range.batchIndex());
      s.setLong(3, range.startOffset());
      s.setLong(4, range.endOffset());
      s.setLong(5, range.firstLine());
      s.addBatch();
      if (++pending[0] % INSERT_BATCH == 0) {
        s.executeBatch();
      }
    } catch (SQLException e) {
      throw new StoreException("Could not store batch " + range.batchIndex() + " of run " + runId, e);
    }
  }

  public Optional<BatchRange> findBatch(String runId, int batchIndex) {
    String sql = "SELECT start_offset, end_offset, first_line FROM pipeline_batch WHERE run_id = ? AND batch_index = ?";
    return queryOne(sql, runId, batchIndex, r -> new BatchRange(batchIndex, r.getLong(1), r.getLong(2), r.getLong(3)));
  }

  public Optional<BatchResult> findCheckpoint(String runId, int batchIndex) {
    String sql = "SELECT documents_in, documents_out, documents_quarantined FROM batch_checkpoint"
        + " WHERE run_id = ? AND batch_index = ?";
    return queryOne(sql, runId, batchIndex, r -> new BatchResult(batchIndex, r.getInt(1), r.getInt(2), r.getInt(3)));
  }

  /**
   * Writes the batch's documents with their ids, its quarantine and then its checkpoint in one transaction.
   * A document whose id another batch of the run already stored is quarantined instead. If another attempt
   * of this batch got there first, nothing is written and the stored result is returned; if a concurrent
   * batch took one of the ids meanwhile, the transaction rolls back and the retry quarantines it.
   *
   * <p>The first transaction assumes every id is free and lets the unique key catch the rare one that is
   * not; only then does a second transaction look the batch's ids up and quarantine the taken ones, so the
   * common batch runs no look-up query.
   */
  public BatchResult saveBatch(String runId, int batchIndex, ProcessedBatch batch) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return write(c, runId, batchIndex, batch, Set.of());
      } catch (SQLException e) {
        Optional<BatchResult> stored = afterRefusal(c, e, runId, batchIndex);
        if (stored.isPresent()) {
          return stored.get();
        }
      }
      try {
        return write(c, runId, batchIndex, batch, takenIds(c, runId, batchIndex, batch.documents()));
      } catch (SQLException e) {
        return afterRefusal(c, e, runId, batchIndex).orElseThrow(() -> new StoreException("Batch " + batchIndex
            + " of run " + runId + " lost a race for a document id to another batch; retrying finds it", e));
      }
    } catch (SQLException e) {
      throw new StoreException("Could not save batch " + batchIndex + " of run " + runId, e);
    }
  }

  /** One transaction: the batch with the {@code taken} ids quarantined, its output, quarantine and checkpoint. */
  private static BatchResult write(Connection c, String runId, int batchIndex, ProcessedBatch batch,
      Set<String> taken) throws SQLException {
    List<OutputDocument> kept = new ArrayList<>();
    List<QuarantinedRecord> quarantined = new ArrayList<>(batch.quarantined());
    for (OutputDocument document : batch.documents()) {
      if (taken.contains(document.id())) {
        quarantined.add(new QuarantinedRecord(document.lineNumber(), DuplicateIds.reason(document.id()),
            document.excerpt()));
      } else {
        kept.add(document);
      }
    }
    ProcessedBatch stored = new ProcessedBatch(batch.documentsIn(), kept, quarantined);
    BatchResult result = new BatchResult(batchIndex, stored.documentsIn(), stored.documentsOut(), quarantined.size());
    insertIds(c, runId, batchIndex, kept);
    insertOutput(c, runId, batchIndex, stored);
    insertQuarantine(c, runId, batchIndex, quarantined);
    insertCheckpoint(c, runId, result);
    c.commit();
    return result;
  }

  /**
   * Rolls a refused write back. A unique key refuses it when another attempt of this batch stored it first,
   * whose checkpoint this returns, or when one of its ids is taken (empty); anything else is rethrown.
   */
  private Optional<BatchResult> afterRefusal(Connection c, SQLException e, String runId, int batchIndex)
      throws SQLException {
    c.rollback();
    if (!SqlStates.isUniqueViolation(e)) {
      throw e;
    }
    return findCheckpoint(runId, batchIndex);
  }

  /**
   * The ids of these documents that other batches of the run have already stored. The (run, id) pairs are
   * looked up as row values: H2 then probes the primary key for each pair, where {@code run_id = ? AND
   * document_id IN (...)} made it scan every id of the run for every batch, quadratic in the run's size.
   */
  private static Set<String> takenIds(Connection c, String runId, int batchIndex, List<OutputDocument> documents)
      throws SQLException {
    Set<String> taken = new HashSet<>();
    for (int from = 0; from < documents.size(); from += ID_QUERY_CHUNK) {
      List<OutputDocument> chunk = documents.subList(from, Math.min(documents.size(), from + ID_QUERY_CHUNK));
      try (PreparedStatement s = c.prepareStatement(takenIdsQuery(chunk.size()))) {
        s.setInt(1, batchIndex);
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(2 * i + 2, runId);
          s.setString(2 * i + 3, chunk.get(i).id());
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            taken.add(r.getString(1));
          }
        }
      }
    }
    return taken;
  }

  static String takenIdsQuery(int ids) {
    return "SELECT document_id FROM run_document_id WHERE batch_index <> ? AND (run_id, document_id) IN ("
        + String.join(", ", Collections.nCopies(ids, "(?, ?)")) + ")";
  }

  private static void insertIds(Connection c, String runId, int batchIndex, List<OutputDocument> documents)
      throws SQLException {
    if (documents.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO run_document_id (run_id, document_id, batch_index, line_number) VALUES (?, ?, ?, ?)")) {
      for (OutputDocument document : documents) {
        s.setString(1, runId);
        s.setString(2, document.id());
        s.setInt(3, batchIndex);
        s.setLong(4, document.lineNumber());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertOutput(Connection c, String runId, int batchIndex, ProcessedBatch batch) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO batch_output (run_id, batch_index, documents) VALUES (?, ?, ?)")) {
      s.setString(1, runId);
      s.setInt(2, batchIndex);
      s.setBinaryStream(3, batch.jsonlStream(), batch.jsonlLength());
      s.executeUpdate();
    }
  }

  private static void insertQuarantine(Connection c, String runId, int batchIndex, List<QuarantinedRecord> records)
      throws SQLException {
    if (records.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO quarantine (run_id, line_number, batch_index, reason, excerpt) VALUES (?, ?, ?, ?, ?)")) {
      for (QuarantinedRecord record : records) {
        s.setString(1, runId);
        s.setLong(2, record.lineNumber());
        s.setInt(3, batchIndex);
        s.setString(4, truncate(record.reason()));
        s.setString(5, truncate(record.excerpt()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertCheckpoint(Connection c, String runId, BatchResult result) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO batch_checkpoint (run_id, batch_index, documents_in,"
        + " documents_out, documents_quarantined, completed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, runId);
      s.setInt(2, result.batchIndex());
      s.setInt(3, result.documentsIn());
      s.setInt(4, result.documentsOut());
      s.setInt(5, result.documentsQuarantined());
      s.setTimestamp(6, Timestamp.from(Instant.now()));
      s.executeUpdate();
    }
  }

  /**
   * Hands the stored documents of batches {@code [from, to)} to the sink in batch order, {@code chunk}
   * batches per query, so memory holds one chunk; after each chunk, {@code chunkDone} gets the next batch.
   */
  public void streamOutputs(String runId, int from, int to, int chunk, OutputSink sink, IntConsumer chunkDone)
      throws IOException {
    int next = from;
    while (next < to) {
      int end = Math.min(to, next + chunk);
      readOutputs(runId, next, end, sink);
      next = end;
      chunkDone.accept(next);
    }
  }

  /**
   * Hands the stored documents of batches {@code [from, to)} to the sink, in batch order, as streams: the
   * embedded database then hands over its own copy of the value, where reading it as bytes copied it again.
   *
   * @throws MissingBatchException if one of these batches has no stored output, rather than leave its
   *     documents out
   */
  public void readOutputs(String runId, int from, int to, OutputSink sink) throws IOException {
    String sql = "SELECT batch_index, documents FROM batch_output WHERE run_id = ? AND batch_index >= ?"
        + " AND batch_index < ? ORDER BY batch_index";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, runId);
      s.setInt(2, from);
      s.setInt(3, to);
      int expected = from;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (r.getInt(1) != expected) {
            throw new MissingBatchException(runId, expected);
          }
          try (InputStream documents = r.getBinaryStream(2)) {
            sink.accept(documents);
          }
          expected++;
        }
      }
      if (expected < to) {
        throw new MissingBatchException(runId, expected);
      }
    } catch (SQLException e) {
      throw new StoreException("Could not read batches " + from + ".." + to + " of run " + runId, e);
    }
  }

  public List<QuarantinedRecord> quarantine(String runId) {
    String sql = "SELECT line_number, reason, excerpt FROM quarantine WHERE run_id = ? ORDER BY line_number";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, runId);
      try (ResultSet r = s.executeQuery()) {
        List<QuarantinedRecord> records = new ArrayList<>();
        while (r.next()) {
          records.add(new QuarantinedRecord(r.getLong(1), r.getString(2), r.getString(3)));
        }
        return records;
      }
    } catch (SQLException e) {
      throw new StoreException("Could not read the quarantine of run " + runId, e);
    }
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private <T> Optional<T> queryOne(String sql, String runId, RowMapper<T> mapper) {
    return queryOne(sql, runId, null, mapper);
  }

  private <T> Optional<T> queryOne(String sql, String runId, Integer batchIndex, RowMapper<T> mapper) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, runId);
      if (batchIndex != null) {
        s.setInt(2, batchIndex);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(mapper.map(r)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("Query failed for run " + runId, e);
    }
  }

  private static String truncate(String value) {
    return value.length() <= 1000 ? value : value.substring(0, 997) + "...";
  }
}
