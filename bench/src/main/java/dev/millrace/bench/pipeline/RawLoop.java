package dev.millrace.bench.pipeline;

import dev.millrace.pipeline.BatchPlanner;
import dev.millrace.pipeline.BatchProcessor;
import dev.millrace.pipeline.BatchRange;
import dev.millrace.pipeline.BatchReader;
import dev.millrace.pipeline.ProcessedBatch;
import dev.millrace.pipeline.text.TextProcessor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * (a) The baseline: Millrace's own planner, batch reader and batch processor in a plain thread pool of
 * {@code window} threads, writing the batches to a JSONL file in input order. No database, no Temporal,
 * no checkpoints: what the cleaning costs without any durability.
 */
public final class RawLoop implements Contender {
  @Override
  public String name() {
    return Lineup.RAW_LOOP;
  }

  @Override
  public Measurement run(Path input, Path workDir, BenchSettings settings) throws Exception {
    TextProcessor text = TextProcessor.forSteps(settings.steps());
    BatchReader reader = new BatchReader();
    BatchProcessor processor = new BatchProcessor();
    long started = System.nanoTime();
    List<BatchRange> ranges = new ArrayList<>();
    new BatchPlanner().plan(input, settings.batchSize(), ranges::add);
    ExecutorService pool = Executors.newFixedThreadPool(settings.window());
    try (OutputStream artifact = new BufferedOutputStream(Files.newOutputStream(workDir.resolve("out.jsonl")), 1 << 16)) {
      Deque<Future<ProcessedBatch>> inFlight = new ArrayDeque<>();
      Tally tally = new Tally(artifact);
      for (BatchRange range : ranges) {
        if (inFlight.size() == settings.window()) {
          tally.add(inFlight.removeFirst().get());
        }
        inFlight.addLast(pool.submit(() ->
            processor.process(reader.read(input, range, settings.maxDocumentBytes()), settings.maxDocumentBytes(), text)));
      }
      while (!inFlight.isEmpty()) {
        tally.add(inFlight.removeFirst().get());
      }
      artifact.flush();
      return new Measurement(name(), tally.in, tally.out, System.nanoTime() - started);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes finished batches in order and counts their documents. */
  private static final class Tally {
    private final OutputStream artifact;
    private long in;
    private long out;

    Tally(OutputStream artifact) {
      this.artifact = artifact;
    }

    void add(ProcessedBatch batch) throws IOException {
      artifact.write(batch.jsonl());
      in += batch.documentsIn();
      out += batch.documentsOut();
    }
  }
}
