package dev.millrace.pipeline;

import dev.millrace.store.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves batches of a run in the embedded database, printing each batch's index once its transaction has
 * committed, then waits to be killed; {@link KilledWriterCommitTest} SIGKILLs it and looks for the batches.
 */
public final class SaveBatchThenHang {
  static final String RUN_ID = "killed";
  static final int DOCUMENTS_PER_BATCH = 3;

  private SaveBatchThenHang() {}

  /** Arguments: data directory of the embedded database, number of batches. */
  public static void main(String[] args) throws Exception {
    Database database = Database.open(Database.embeddedUrl(Path.of(args[0])), null, null);
    JdbcPipelineStore store = new JdbcPipelineStore(database.dataSource());
    int batches = Integer.parseInt(args[1]);
    RunFixtures.registered(store, RUN_ID, Path.of("/in"), Path.of("/out"));
    RunFixtures.planBatches(store, RUN_ID, batches, (long) batches * DOCUMENTS_PER_BATCH);
    for (int i = 0; i < batches; i++) {
      store.saveBatch(RUN_ID, i, batch(i));
      System.out.println(i);
      System.out.flush();
    }
    Thread.currentThread().join();
  }

  static ProcessedBatch batch(int index) {
    List<OutputDocument> documents = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS_PER_BATCH; d++) {
      documents.add(RunFixtures.document(d + 1, index + "-" + d));
    }
    return new ProcessedBatch(DOCUMENTS_PER_BATCH, documents, List.of());
  }
}
