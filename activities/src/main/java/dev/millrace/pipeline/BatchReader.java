package dev.millrace.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads one batch's byte range back from the input and splits it into numbered lines. */
public final class BatchReader {
  public List<InputLine> read(Path input, BatchRange range) throws IOException {
    long length = range.endOffset() - range.startOffset();
    if (length > Integer.MAX_VALUE - 8) {
      throw new IOException("Batch " + range.batchIndex() + " of " + input + " spans " + length
          + " bytes, more than one batch can hold; use a smaller batch size");
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) length);
    try (FileChannel channel = FileChannel.open(input, StandardOpenOption.READ)) {
      long position = range.startOffset();
      while (bytes.hasRemaining()) {
        int read = channel.read(bytes, position);
        if (read < 0) {
          throw new IOException(input + " is shorter than when it was planned; it changed during the run");
        }
        position += read;
      }
    }
    return split(bytes.array(), range.firstLine());
  }

  private static List<InputLine> split(byte[] bytes, long firstLine) {
    List<InputLine> lines = new ArrayList<>();
    long lineNumber = firstLine;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i > start || i < bytes.length) {
          lines.add(new InputLine(lineNumber++, Arrays.copyOfRange(bytes, start, i)));
        }
        start = i + 1;
      }
    }
    return lines;
  }
}
