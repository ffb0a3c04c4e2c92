package dev.millrace.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.millrace.pipeline.text.DocumentCleaner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses and cleans every line of a batch. A line that fails goes to quarantine with its reason and the
 * batch continues; blank lines are not records and are skipped.
 */
public final class BatchProcessor {
  private static final int EXCERPT_CHARS = 200;
  private static final ObjectWriter JSON_LINE = new ObjectMapper().writerFor(CleanDocument.class);

  private final DocumentParser parser = new DocumentParser();

  public ProcessedBatch process(List<InputLine> lines, int maxDocumentBytes, DocumentCleaner cleaner) {
    ByteArrayOutputStream documents = new ByteArrayOutputStream();
    List<QuarantinedRecord> quarantined = new ArrayList<>();
    int documentsIn = 0;
    int documentsOut = 0;
    for (InputLine line : lines) {
      if (isBlank(line.bytes())) {
        continue;
      }
      documentsIn++;
      try {
        SourceDocument source = parser.parse(line, maxDocumentBytes);
        writeLine(documents, new CleanDocument(source.id(), cleaner.clean(source)));
        documentsOut++;
      } catch (RejectedRecordException e) {
        quarantined.add(new QuarantinedRecord(line.lineNumber(), e.getMessage(), excerpt(line.bytes())));
      }
    }
    return new ProcessedBatch(documentsIn, documentsOut, documents.toByteArray(), quarantined);
  }

  private static void writeLine(ByteArrayOutputStream out, CleanDocument document) {
    try {
      JSON_LINE.writeValue(out, document);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    out.write('\n');
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The start of the line as readable text; control characters (NUL among them) become U+FFFD. */
  static String excerpt(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
    StringBuilder excerpt = new StringBuilder(EXCERPT_CHARS);
    text.codePoints().limit(EXCERPT_CHARS).forEach(c ->
        excerpt.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
    return excerpt.toString();
  }
}
