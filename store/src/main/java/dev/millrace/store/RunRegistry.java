package dev.millrace.store;

import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.DocumentCounts;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.RunOutcome;
import dev.millrace.pipeline.RunState;
import dev.millrace.pipeline.SinkOutcome;
import dev.millrace.pipeline.TableSink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The durable list of runs and their chunking parameters. Whoever starts a run registers it here first,
 * so a run is known (and its id taken) before Temporal hears of it, and can be resumed after Temporal
 * has forgotten it.
 */
public final class RunRegistry {
  private static final int MAX_ERROR_CHARS = 1000;

  private final DataSource dataSource;

  public RunRegistry(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Inserts the run unless its id is taken; returns whether this call registered it. */
  public boolean register(PipelineRequest request) {
    String sql = "INSERT INTO pipeline_run (run_id, input_path, artifact_path, batch_size, max_document_bytes,"
        + " cleaning_steps, window_size, state, created_at, updated_at, table_sink_url, table_sink_table)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      Timestamp now = Timestamp.from(Instant.now());
      ChunkingParameters chunking = request.chunking();
      s.setString(1, request.runId());
      s.setString(2, request.inputPath());
      s.setString(3, request.artifactPath());
      s.setInt(4, chunking.batchSize());
      s.setInt(5, chunking.maxDocumentBytes());
      s.setString(6, String.join(",", chunking.cleaningSteps()));
      s.setInt(7, request.window());
      s.setString(8, RunState.REGISTERED.name());
      s.setTimestamp(9, now);
      s.setTimestamp(10, now);
      TableSink sink = request.tableSink();
      s.setString(11, sink == null ? null : sink.jdbcUrl());
      s.setString(12, sink == null ? null : sink.table());
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        return false;
      }
      throw new StoreException("Could not register run " + request.runId(), e);
    }
  }

  private static final String SELECT_RUNS =
      "SELECT r.run_id, r.input_path, r.artifact_path, r.batch_size, r.max_document_bytes, r.cleaning_steps,"
      + " r.window_size, r.state, r.batch_count, r.created_at, r.updated_at,"
      + " COUNT(c.batch_index), COALESCE(SUM(c.documents_in), 0), COALESCE(SUM(c.documents_out), 0),"
      + " COALESCE(SUM(c.documents_quarantined), 0), r.table_sink_url, r.table_sink_table"
      + " FROM pipeline_run r LEFT JOIN batch_checkpoint c ON c.run_id = r.run_id";
  private static final String GROUP_RUNS =
      " GROUP BY r.run_id, r.input_path, r.artifact_path, r.batch_size, r.max_document_bytes, r.cleaning_steps,"
      + " r.window_size, r.state, r.batch_count, r.created_at, r.updated_at, r.table_sink_url, r.table_sink_table";

  public Optional<RegisteredRun> find(String runId) {
    List<RegisteredRun> found = query(SELECT_RUNS + " WHERE r.run_id = ?" + GROUP_RUNS, runId);
    return found.stream().findFirst();
  }

  /**
   * Registered runs, newest first, optionally only those in one state: the run list works on any
   * Temporal service, including the test server, which has no visibility queries.
   */
  public List<RegisteredRun> list(Optional<RunState> state, int limit) {
    String where = state.isPresent() ? " WHERE r.state = ?" : "";
    String sql = SELECT_RUNS + where + GROUP_RUNS + " ORDER BY r.created_at DESC, r.run_id DESC LIMIT " + limit;
    return state.isPresent() ? query(sql, state.get().name()) : query(sql);
  }

  private List<RegisteredRun> query(String sql, String... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setString(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<RegisteredRun> runs = new ArrayList<>();
        while (r.next()) {
          String runId = r.getString(1);
          String sinkUrl = r.getString(16);
          runs.add(new RegisteredRun(runId, r.getString(2), r.getString(3),
              new ChunkingParameters(r.getInt(4), r.getInt(5), steps(r.getString(6))), r.getInt(7),
              RunState.valueOf(r.getString(8)), r.getObject(9, Integer.class), r.getInt(12),
              new DocumentCounts(r.getLong(13), r.getLong(14), r.getLong(15)),
              r.getTimestamp(10).toInstant(), r.getTimestamp(11).toInstant(),
              sinkUrl == null ? null : new TableSink(sinkUrl, r.getString(17)), sinkOutcomes(c, runId)));
        }
        return runs;
      }
    } catch (SQLException e) {
      throw new StoreException("Could not read runs", e);
    }
  }

  private static List<SinkOutcome> sinkOutcomes(Connection c, String runId) throws SQLException {
    String sql = "SELECT sink, succeeded, detail FROM run_sink_outcome WHERE run_id = ? ORDER BY sink";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, runId);
      try (ResultSet r = s.executeQuery()) {
        List<SinkOutcome> outcomes = new ArrayList<>();
        while (r.next()) {
          outcomes.add(new SinkOutcome(r.getString(1), r.getBoolean(2), r.getString(3)));
        }
        return outcomes;
      }
    }
  }

  /** Records how the run ended, with its final counts, error and the outcome of each sink, in one transaction. */
  public void recordOutcome(RunOutcome outcome) {
    String sql = "UPDATE pipeline_run SET state = ?, documents_in = ?, documents_out = ?, documents_quarantined = ?,"
        + " error = ?, updated_at = ? WHERE run_id = ?";
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, outcome.state().name());
        s.setLong(2, outcome.counts().documentsIn());
        s.setLong(3, outcome.counts().documentsOut());
        s.setLong(4, outcome.counts().documentsQuarantined());
        s.setString(5, outcome.error() == null ? null : truncate(outcome.error()));
        s.setTimestamp(6, Timestamp.from(Instant.now()));
        s.setString(7, outcome.runId());
        s.executeUpdate();
        replaceSinkOutcomes(c, outcome);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("Could not record the outcome of run " + outcome.runId(), e);
    }
  }

  /**
   * Records that a live run paused or went on running, so that {@code list --state PAUSED} finds it; a run
   * that has already ended keeps its final state.
   */
  public void recordState(String runId, RunState state) {
    String sql = "UPDATE pipeline_run SET state = ?, updated_at = ? WHERE run_id = ?"
        + " AND state NOT IN ('COMPLETED', 'FAILED', 'CANCELLED')";
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, state.name());
      s.setTimestamp(2, Timestamp.from(Instant.now()));
      s.setString(3, runId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("Could not record run " + runId + " as " + state, e);
    }
  }

  private static void replaceSinkOutcomes(Connection c, RunOutcome outcome) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM run_sink_outcome WHERE run_id = ?");
         PreparedStatement insert = c.prepareStatement(
             "INSERT INTO run_sink_outcome (run_id, sink, succeeded, detail) VALUES (?, ?, ?, ?)")) {
      delete.setString(1, outcome.runId());
      delete.executeUpdate();
      for (SinkOutcome sink : outcome.sinks()) {
        insert.setString(1, outcome.runId());
        insert.setString(2, sink.sink());
        insert.setBoolean(3, sink.succeeded());
        insert.setString(4, sink.detail() == null ? null : truncate(sink.detail()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static List<String> steps(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static String truncate(String value) {
    return value.length() <= MAX_ERROR_CHARS ? value : value.substring(0, MAX_ERROR_CHARS - 3) + "...";
  }
}
