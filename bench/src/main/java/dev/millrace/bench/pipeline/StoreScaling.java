package dev.millrace.bench.pipeline;

import dev.millrace.bench.report.ChartWriter;
import dev.millrace.bench.report.ChartWriter.Series;
import dev.millrace.bench.report.MarkdownTable;
import dev.millrace.pipeline.BatchRange;
import dev.millrace.pipeline.ChunkingParameters;
import dev.millrace.pipeline.JdbcPipelineStore;
import dev.millrace.pipeline.OutputDocument;
import dev.millrace.pipeline.PipelineRequest;
import dev.millrace.pipeline.ProcessedBatch;
import dev.millrace.pipeline.RunPlan;
import dev.millrace.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The durable store alone at scale: saves the batches of one large run (tiny synthetic documents, no text
 * processing) into the embedded database and times every slice of batches, so that a cost that grows with
 * the run's size shows as a rising line long before the whole pipeline could get there on a small machine.
 * Usage: {@code StoreScaling DOCUMENTS BATCH_SIZE OUTPUT_DIR [LABEL]}.
 */
public final class StoreScaling {
  private static final int SLICES = 10;

  public static void main(String[] args) throws Exception {
    int documents = Integer.parseInt(args[0]);
    int batchSize = Integer.parseInt(args[1]);
    Path output = Path.of(args[2]);
    String label = args.length > 3 ? args[3] : "store";
    int batches = (documents + batchSize - 1) / batchSize;
    Path dir = Files.createTempDirectory("millrace-store-scaling-");
    List<Double> sliceMillisPerBatch = new ArrayList<>();
    try (Database db = DatabaseTarget.embedded().open(dir)) {
      JdbcPipelineStore store = new JdbcPipelineStore(db.dataSource());
      String runId = "store-scaling";
      store.runs().register(new PipelineRequest(runId, dir.resolve("in").toString(), dir.resolve("out").toString(),
          new ChunkingParameters(batchSize, 1 << 20, List.of()), 1, null));
      store.savePlan(runId, sink -> {
        for (int b = 0; b < batches; b++) {
          sink.accept(new BatchRange(b, b * 1000L, (b + 1) * 1000L, (long) b * batchSize + 1));
        }
        return new RunPlan(batches, documents, "synthetic");
      });
      int perSlice = Math.max(1, batches / SLICES);
      long sliceStart = System.nanoTime();
      for (int b = 0; b < batches; b++) {
        store.saveBatch(runId, b, batch(b, batchSize));
        if ((b + 1) % perSlice == 0) {
          sliceMillisPerBatch.add((System.nanoTime() - sliceStart) / 1e6 / perSlice);
          sliceStart = System.nanoTime();
        }
      }
    } finally {
      Scratch.delete(dir);
    }
    MarkdownTable table = new MarkdownTable("documents already stored", "ms per saved batch");
    List<Double> stored = new ArrayList<>();
    int perSlice = Math.max(1, batches / SLICES);
    for (int i = 0; i < sliceMillisPerBatch.size(); i++) {
      long before = (long) i * perSlice * batchSize;
      stored.add((double) before);
      table.row(String.format(Locale.ROOT, "%,d", before), String.format(Locale.ROOT, "%.1f", sliceMillisPerBatch.get(i)));
    }
    Files.createDirectories(output);
    Files.writeString(output.resolve("store-scaling-" + label + ".md"), String.format(Locale.ROOT,
        "### Store alone, %s: %,d documents in batches of %d (H2)%n%n", label, documents, batchSize) + table.render());
    ChartWriter.lines(output.resolve("store-scaling-" + label + ".png"), "saveBatch cost as the run grows (" + label + ")",
        "documents already stored", "ms per batch", stored, List.of(new Series(label, sliceMillisPerBatch)));
    System.out.print(table.render());
  }

  private static ProcessedBatch batch(int index, int size) {
    List<OutputDocument> documents = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      long line = (long) index * size + i + 1;
      String id = "doc-" + line;
      documents.add(new OutputDocument(line, id,
          ("{\"id\":\"" + id + "\",\"text\":\"short\"}\n").getBytes(StandardCharsets.UTF_8), id));
    }
    return new ProcessedBatch(size, documents, List.of());
  }

  private StoreScaling() {}
}
