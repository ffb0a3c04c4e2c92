package dev.millrace.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Reads the input once through a buffer and cuts it into batches of {@code batchSize} lines. Memory stays
 * constant whatever the corpus size: each range is handed on as soon as it closes.
 *
 * <p>No batch can start before the plan is done, so the plan keeps a second core busy: the content hash is
 * computed on a thread of its own, reading the file a second time (from the page cache), while this thread
 * finds the line ends.
 */
public final class BatchPlanner {
  private static final int BUFFER = 1 << 16;

  public RunPlan plan(Path input, int batchSize, Consumer<BatchRange> sink) throws IOException {
    FutureTask<String> hash = new FutureTask<>(() -> sha256(input));
    Thread hashing = new Thread(hash, "millrace-plan-hash");
    hashing.setDaemon(true);
    hashing.start();
    try {
      Cutter cutter = new Cutter(batchSize, sink);
      byte[] buffer = new byte[BUFFER];
      try (InputStream in = Files.newInputStream(input)) {
        int read;
        while ((read = in.read(buffer)) > 0) {
          cutter.accept(buffer, read);
        }
      }
      return cutter.finish(hashOf(hash, input));
    } finally {
      hash.cancel(true);
    }
  }

  private static String sha256(Path input) throws IOException {
    MessageDigest digest = ContentHashCache.newSha256();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(input)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String hashOf(FutureTask<String> hash, Path input) throws IOException {
    try {
      return hash.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while hashing " + input);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("could not hash " + input, e.getCause());
    }
  }

  /** Counts lines across buffers and closes a range every {@code batchSize} of them. */
  private static final class Cutter {
    private final int batchSize;
    private final Consumer<BatchRange> sink;
    private long offset;
    private long line;
    private long batchStart;
    private long batchFirstLine = 1;
    private int linesInBatch;
    private int batchIndex;
    private boolean lineOpen;

    Cutter(int batchSize, Consumer<BatchRange> sink) {
      this.batchSize = batchSize;
      this.sink = sink;
    }

    void accept(byte[] buffer, int length) {
      for (int i = Newlines.indexOf(buffer, 0, length); i < length; i = Newlines.indexOf(buffer, i + 1, length)) {
        line++;
        if (++linesInBatch == batchSize) {
          long end = offset + i + 1;
          sink.accept(new BatchRange(batchIndex++, batchStart, end, batchFirstLine));
          batchStart = end;
          batchFirstLine = line + 1;
          linesInBatch = 0;
        }
      }
      offset += length;
      lineOpen = buffer[length - 1] != '\n';
    }

    RunPlan finish(String contentHash) {
      if (lineOpen) {
        line++;
        linesInBatch++;
      }
      if (linesInBatch > 0) {
        sink.accept(new BatchRange(batchIndex++, batchStart, offset, batchFirstLine));
      }
      return new RunPlan(batchIndex, line, contentHash);
    }
  }
}
