package dev.millrace.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.millrace.pipeline.text.ProcessedText;
import dev.millrace.pipeline.text.TextProcessor;
import dev.millrace.pipeline.text.UnusableDocumentException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Parses, cleans and enriches every line of a batch. A line that fails (bad JSON, no id, an id already seen
 * in the batch, content that cannot be processed) goes to quarantine with its reason and the batch
 * continues; blank lines are not records and are skipped.
 */
public final class BatchProcessor {
  private static final int EXCERPT_CHARS = 200;
  private static final ObjectWriter JSON_LINE = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.ALWAYS)
      .writerFor(DocumentRecord.class);

  private final DocumentParser parser = new DocumentParser();

  public ProcessedBatch process(List<InputLine> lines, int maxDocumentBytes, TextProcessor processor) {
    return process(lines, maxDocumentBytes, processor, () -> { });
  }

  /** As above, calling {@code afterEachRecord} after each record, e.g. to heartbeat through a long batch. */
  public ProcessedBatch process(List<InputLine> lines, int maxDocumentBytes, TextProcessor processor,
      Runnable afterEachRecord) {
    List<OutputDocument> documents = new ArrayList<>();
    List<QuarantinedRecord> quarantined = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int documentsIn = 0;
    for (InputLine line : lines) {
      if (!line.truncated() && isBlank(line.bytes())) {
        continue;
      }
      documentsIn++;
      String excerpt = excerpt(line.bytes());
      try {
        SourceDocument source = parser.parse(line, maxDocumentBytes);
        if (!ids.add(source.id())) {
          throw new RejectedRecordException(DuplicateIds.reason(source.id()));
        }
        ProcessedText processed = processor.process(source.kind(), source.content());
        DocumentRecord record = DocumentRecord.of(source.id(), processed, sha256(line.bytes()));
        documents.add(new OutputDocument(line.lineNumber(), source.id(), jsonLine(record), excerpt));
      } catch (RejectedRecordException | UnusableDocumentException e) {
        quarantined.add(new QuarantinedRecord(line.lineNumber(), e.getMessage(), excerpt));
      }
      afterEachRecord.run();
    }
    return new ProcessedBatch(documentsIn, documents, quarantined);
  }

  private static byte[] jsonLine(DocumentRecord record) {
    try {
      return (JSON_LINE.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a document record always serialises", e);
    }
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(ContentHashCache.newSha256().digest(bytes));
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
