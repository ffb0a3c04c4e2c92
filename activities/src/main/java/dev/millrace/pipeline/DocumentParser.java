package dev.millrace.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.millrace.pipeline.text.InputKind;
import java.io.IOException;

/** Turns one JSONL line into a {@link SourceDocument}, or says precisely why it cannot. */
public final class DocumentParser {
  /** Ids are stored in a unique key to find duplicates; the column holds this many characters. */
  public static final int MAX_ID_CHARS = 500;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public SourceDocument parse(InputLine line, int maxDocumentBytes) throws RejectedRecordException {
    if (line.length() > maxDocumentBytes) {
      throw new RejectedRecordException("document is " + line.length()
          + " bytes, over the run's maximum of " + maxDocumentBytes + " bytes");
    }
    JsonNode node = readTree(line.bytes());
    if (!node.isObject()) {
      throw new RejectedRecordException("not a JSON object");
    }
    String id = idOf(node.get("id"));
    for (InputKind kind : InputKind.values()) {
      JsonNode content = node.get(kind.field());
      if (content != null && content.isTextual()) {
        return new SourceDocument(line.lineNumber(), id, kind, content.textValue());
      }
    }
    throw new RejectedRecordException("field \"text\", \"html\" or \"email\" must be a string");
  }

  private static JsonNode readTree(byte[] bytes) throws RejectedRecordException {
    try {
      return JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      String problem = e.getOriginalMessage();
      throw new RejectedRecordException(problem.startsWith("Invalid UTF-8")
          ? "undecodable bytes: " + problem + " (input must be UTF-8)" : "invalid JSON: " + problem);
    } catch (IOException e) {
      throw new RejectedRecordException("unreadable line: " + e.getMessage());
    }
  }

  private static String idOf(JsonNode id) throws RejectedRecordException {
    if (id == null || id.isNull()) {
      throw new RejectedRecordException("missing field \"id\"");
    }
    if (!id.isTextual() && !id.isIntegralNumber()) {
      throw new RejectedRecordException("field \"id\" must be a string or an integer");
    }
    String value = id.asText();
    if (value.isBlank()) {
      throw new RejectedRecordException("field \"id\" is blank");
    }
    if (value.length() > MAX_ID_CHARS) {
      throw new RejectedRecordException("field \"id\" is " + value.length() + " characters, over " + MAX_ID_CHARS);
    }
    return value;
  }
}
