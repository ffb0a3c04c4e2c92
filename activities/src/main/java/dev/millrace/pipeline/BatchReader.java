package dev.millrace.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one batch's byte range back from the input and splits it into numbered lines, streaming through a
 * small buffer: a line over the run's maximum document size keeps only its start, so no line, however long,
 * is held in memory whole (it is quarantined later with its real length).
 */
public final class BatchReader {
  /** How much of an over-long line is kept: enough for the quarantine excerpt. */
  static final int OVERSIZE_PREFIX_BYTES = 1024;
  private static final int BUFFER = 1 << 16;

  public List<InputLine> read(Path input, BatchRange range, int maxLineBytes) throws IOException {
    List<InputLine> lines = new ArrayList<>();
    LineAssembler line = new LineAssembler(maxLineBytes);
    long lineNumber = range.firstLine();
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    try (FileChannel channel = FileChannel.open(input, StandardOpenOption.READ)) {
      long position = range.startOffset();
      while (position < range.endOffset()) {
        buffer.clear().limit((int) Math.min(BUFFER, range.endOffset() - position));
        int read = channel.read(buffer, position);
        if (read < 0) {
          throw new IOException(input + " is shorter than when it was planned; it changed during the run");
        }
        position += read;
        byte[] bytes = buffer.array();
        int start = 0;
        for (int end = Newlines.indexOf(bytes, start, read); end < read; end = Newlines.indexOf(bytes, start, read)) {
          line.append(bytes, start, end);
          lines.add(line.finish(lineNumber++));
          start = end + 1;
        }
        line.append(bytes, start, read);
      }
    }
    if (line.length > 0) {
      lines.add(line.finish(lineNumber));
    }
    return lines;
  }

  /** The line being read: its bytes up to the limit, and its full length. */
  private static final class LineAssembler {
    private final int maxLineBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long length;

    LineAssembler(int maxLineBytes) {
      this.maxLineBytes = maxLineBytes;
    }

    void append(byte[] bytes, int from, int to) {
      int room = (int) Math.max(0, maxLineBytes - length);
      kept.write(bytes, from, Math.min(room, to - from));
      length += to - from;
    }

    InputLine finish(long lineNumber) {
      byte[] bytes = kept.toByteArray();
      if (length > maxLineBytes) {
        bytes = Arrays.copyOf(bytes, Math.min(bytes.length, OVERSIZE_PREFIX_BYTES));
      }
      InputLine line = new InputLine(lineNumber, bytes, length);
      kept.reset();
      length = 0;
      return line;
    }
  }
}
