package dev.millrace.pipeline;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * Exports a run's stored documents to its PostgreSQL table after the batches are done, streaming them from
 * the store as the merge does and committing a few batches per transaction. It heartbeats the next batch,
 * so a retry carries on from the last commit, and the upsert makes a batch exported twice harmless.
 */
public final class TableSinkActivitiesImpl implements TableSinkActivities {
  /** Failure type of a table sink that no retry can fix: bad credentials, a missing database, no permission. */
  public static final String TABLE_SINK_REFUSED = "TableSinkRefused";
  static final int BATCHES_PER_TRANSACTION = 32;
  /** SQLSTATE classes that retrying cannot change: authorization, unknown database, syntax or permission. */
  private static final Set<String> PERMANENT_STATE_CLASSES = Set.of("28", "3D", "42");

  private final JdbcPipelineStore store;
  private final TableSinkCredentials credentials;

  public TableSinkActivitiesImpl(JdbcPipelineStore store, TableSinkCredentials credentials) {
    this.store = store;
    this.credentials = credentials;
  }

  @Override
  public long exportToTable(String runId, int batchCount, TableSink sink) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    TableExportCursor from = context.getHeartbeatDetails(TableExportCursor.class).orElse(TableExportCursor.START);
    DocumentTable table = new DocumentTable(sink.table());
    long[] rows = {from.rowsWritten()};
    DrainingHeartbeat heartbeat = new DrainingHeartbeat(context);
    try (Connection c = credentials.connect(sink.jdbcUrl())) {
      table.createIfMissing(c);
      c.setAutoCommit(false);
      store.streamOutputs(runId, from.nextBatch(), batchCount, BATCHES_PER_TRANSACTION,
          documents -> rows[0] += upsert(table, c, runId, documents.readAllBytes()),
          next -> {
            commit(c);
            heartbeat.beat(new TableExportCursor(next, rows[0]));
          });
      return rows[0];
    } catch (SQLException e) {
      throw failure(sink, e);
    } catch (UncheckedSqlException e) {
      throw failure(sink, e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the stored batches of run " + runId, e);
    } catch (MissingBatchException e) {
      throw e.asNonRetryableFailure();
    }
  }

  private static int upsert(DocumentTable table, Connection c, String runId, byte[] documents) {
    try {
      return table.upsert(c, runId, documents);
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  private static void commit(Connection c) {
    try {
      c.commit();
    } catch (SQLException e) {
      throw new UncheckedSqlException(e);
    }
  }

  /** A message naming the sink (its URL holds no password) and the database's reason, without a cause chain. */
  private static ApplicationFailure failure(TableSink sink, SQLException e) {
    String message = "could not write table " + sink.table() + " at " + sink.jdbcUrl() + ": " + e.getMessage();
    String state = e.getSQLState();
    if (state != null && state.length() >= 2 && PERMANENT_STATE_CLASSES.contains(state.substring(0, 2))) {
      return ApplicationFailure.newNonRetryableFailure(message, TABLE_SINK_REFUSED);
    }
    return ApplicationFailure.newFailure(message, e.getClass().getName());
  }

  /** Carries a database error out of the store's streaming callbacks. */
  private static final class UncheckedSqlException extends RuntimeException {
    UncheckedSqlException(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
