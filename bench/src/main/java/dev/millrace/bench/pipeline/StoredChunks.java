package dev.millrace.bench.pipeline;

import dev.millrace.pipeline.OutputDocument;
import dev.millrace.pipeline.ProcessedBatch;
import dev.millrace.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Batch's side of Millrace's writer: each chunk's documents go into the database as one value, of the
 * column type Millrace's batch outputs have there, with a row per document id, inside the chunk's own
 * transaction (where Spring Batch also commits the step's execution context, its checkpoint); a second step
 * then streams the stored chunks into the artifact, a few per query, as Millrace's merge does. Ids are
 * unique by key only: a duplicate fails the chunk, where Millrace, refused by the same key, looks the
 * batch's ids up and quarantines the taken ones.
 */
final class StoredChunks {
  /** As Millrace's merge: a few chunks per query, so the embedded database never holds many at once. */
  private static final int CHUNKS_PER_READ = 4;

  private final JdbcTemplate jdbc;
  private final AtomicInteger chunks = new AtomicInteger();

  StoredChunks(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
    jdbc.execute("CREATE TABLE bench_chunk_output (chunk_index INTEGER PRIMARY KEY, documents "
        + Database.largeBinaryType(url) + " NOT NULL)");
    jdbc.execute("CREATE TABLE bench_document_id (document_id VARCHAR(500) PRIMARY KEY,"
        + " chunk_index INTEGER NOT NULL, line_number BIGINT NOT NULL)");
  }

  /** Stores one chunk; {@link JdbcTemplate} joins the chunk's transaction, so both inserts commit with it. */
  ItemWriter<ProcessedBatch> writer(SpringBatchJob.Tally tally) {
    return (Chunk<? extends ProcessedBatch> chunk) -> {
      int index = chunks.getAndIncrement();
      ByteArrayOutputStream documents = new ByteArrayOutputStream();
      List<Object[]> ids = new ArrayList<>();
      for (ProcessedBatch processed : chunk) {
        documents.write(processed.jsonl());
        for (OutputDocument document : processed.documents()) {
          ids.add(new Object[] {document.id(), index, document.lineNumber()});
        }
      }
      jdbc.batchUpdate("INSERT INTO bench_document_id (document_id, chunk_index, line_number) VALUES (?, ?, ?)", ids);
      jdbc.update("INSERT INTO bench_chunk_output (chunk_index, documents) VALUES (?, ?)", index, documents.toByteArray());
      chunk.forEach(tally::count);
    };
  }

  /** The merge step: every stored chunk, in the order the chunks committed, appended to the artifact. */
  Tasklet merge(OutputStream artifact) {
    return (contribution, context) -> {
      for (int from = 0; from < chunks.get(); from += CHUNKS_PER_READ) {
        jdbc.query("SELECT documents FROM bench_chunk_output WHERE chunk_index >= ? AND chunk_index < ?"
            + " ORDER BY chunk_index", row -> {
              try (InputStream documents = row.getBinaryStream(1)) {
                documents.transferTo(artifact);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }, from, from + CHUNKS_PER_READ);
      }
      return RepeatStatus.FINISHED;
    };
  }
}
