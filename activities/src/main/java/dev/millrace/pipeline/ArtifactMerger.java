package dev.millrace.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Streams stored batches, in order, into the artifact a few at a time, so memory does not grow with the
 * number of batches. An append or merge resumed from a cursor truncates the partial file to the cursor's
 * length and carries on, so a crashed one never writes a batch twice.
 */
public final class ArtifactMerger {
  /**
   * Batches read per query: bounds memory at this many batches' output, which the embedded database's
   * result set holds at once (4 x 500 real documents is about 18 MB; 32 was over 100 MB).
   */
  static final int BATCHES_PER_READ = 4;
  /**
   * Bytes gathered before each write to the artifact. The embedded database hands a batch over a few kB per
   * read, and writing each piece as it came cost the kernel about three times as much per byte as the raw
   * loop's whole-batch writes; a quarter of a megabyte stays below G1's humongous-object size.
   */
  static final int WRITE_BUFFER_BYTES = 256 * 1024;

  private final JdbcPipelineStore store;

  public ArtifactMerger(JdbcPipelineStore store) {
    this.store = store;
  }

  /**
   * Appends batches {@code [resumeFrom.nextBatch, toBatch)} to the partial artifact, cut back to
   * {@code resumeFrom}'s length first; a file shorter than that is rewritten from batch 0. Returns the
   * cursor after the last batch.
   */
  public MergeCursor append(String runId, MergeCursor resumeFrom, int toBatch, Path artifact,
      Consumer<MergeCursor> heartbeat) throws IOException {
    Files.createDirectories(artifact.toAbsolutePath().getParent());
    try (FileChannel out = FileChannel.open(AtomicFiles.partialOf(artifact), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      OutputStream appender = new BufferedOutputStream(Channels.newOutputStream(out), WRITE_BUFFER_BYTES);
      store.streamOutputs(runId, startingPoint(out, resumeFrom), toBatch, BATCHES_PER_READ, documents -> {
        documents.transferTo(appender);
        appender.flush();
      }, next -> heartbeat.accept(new MergeCursor(next, position(out))));
      return new MergeCursor(toBatch, out.position());
    }
  }

  /** Appends the batches from {@code resumeFrom} on, as {@link #append} does, then publishes the artifact. */
  public void merge(String runId, int batchCount, Path artifact, MergeCursor resumeFrom, Consumer<MergeCursor> heartbeat)
      throws IOException {
    append(runId, resumeFrom, batchCount, artifact, heartbeat);
    AtomicFiles.publish(AtomicFiles.partialOf(artifact), artifact);
  }

  private static int startingPoint(FileChannel out, MergeCursor resumeFrom) throws IOException {
    if (resumeFrom != null && out.size() >= resumeFrom.bytesWritten()) {
      out.truncate(resumeFrom.bytesWritten());
      out.position(resumeFrom.bytesWritten());
      return resumeFrom.nextBatch();
    }
    out.truncate(0);
    return 0;
  }

  private static long position(FileChannel out) {
    try {
      return out.position();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
