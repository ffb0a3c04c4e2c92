package dev.millrace.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Reads the input once, byte by byte through a buffer, and cuts it into batches of {@code batchSize}
 * lines. Memory stays constant whatever the corpus size: each range is handed on as soon as it closes.
 */
public final class BatchPlanner {
  private static final int BUFFER = 1 << 16;

  public RunPlan plan(Path input, int batchSize, Consumer<BatchRange> sink) throws IOException {
    MessageDigest digest = ContentHashCache.newSha256();
    long offset = 0;
    long line = 0;
    long batchStart = 0;
    long batchFirstLine = 1;
    int linesInBatch = 0;
    int batchIndex = 0;
    boolean lineOpen = false;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = new BufferedInputStream(Files.newInputStream(input), BUFFER)) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        digest.update(buffer, 0, read);
        for (int i = 0; i < read; i++) {
          offset++;
          lineOpen = buffer[i] != '\n';
          if (!lineOpen) {
            line++;
            if (++linesInBatch == batchSize) {
              sink.accept(new BatchRange(batchIndex++, batchStart, offset, batchFirstLine));
              batchStart = offset;
              batchFirstLine = line + 1;
              linesInBatch = 0;
            }
          }
        }
      }
    }
    if (lineOpen) {
      line++;
      linesInBatch++;
    }
    if (linesInBatch > 0) {
      sink.accept(new BatchRange(batchIndex++, batchStart, offset, batchFirstLine));
    }
    return new RunPlan(batchIndex, line, HexFormat.of().formatHex(digest.digest()));
  }
}
