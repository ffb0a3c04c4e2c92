package dev.millrace.reliability;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated JSONL corpus mixing good records with every kind of malformed one, written as raw bytes so it
 * can hold what a text writer cannot (invalid UTF-8, NUL bytes, binary junk). It knows which ids must reach
 * the artifact, in order, and, for each bad line, words its quarantine reason must contain. A duplicate id
 * reuses one from earlier in the same batch, where the first occurrence always wins; across batches the
 * batch that commits first keeps the id.
 */
record MalformedCorpus(Path file, List<String> goodIds, Map<Long, List<String>> badLines) {
  /** Each kind of malformed record, with the words its quarantine reason must contain. */
  enum Flaw {
    BROKEN_JSON("invalid JSON"),
    TRAILING_GARBAGE("invalid JSON"),
    INVALID_UTF8("undecodable bytes"),
    NUL_BYTE("invalid JSON", "code 0"),
    BINARY_JUNK("invalid JSON"),
    NOT_AN_OBJECT("not a JSON object"),
    MISSING_ID("missing field \"id\""),
    BLANK_ID("field \"id\" is blank"),
    ID_OF_WRONG_TYPE("field \"id\" must be a string or an integer"),
    OVERLONG_ID("field \"id\" is 600 characters, over 500"),
    TEXT_OF_WRONG_TYPE("field \"text\", \"html\" or \"email\" must be a string"),
    DUPLICATE_ID("duplicate id"),
    DEEPLY_NESTED_HTML("pathological HTML", "nested deeper than"),
    HUGE_ATTRIBUTE("pathological HTML", "attribute \"title\""),
    OVERSIZED_DOCUMENT("over the run's maximum of");

    final List<String> reasonWords;

    Flaw(String... reasonWords) {
      this.reasonWords = List.of(reasonWords);
    }
  }

  /** Lines over this size are quarantined by the run that reads this corpus. */
  static final int MAX_DOCUMENT_BYTES = 128 * 1024;

  /** Writes {@code records} lines, about one in three malformed, the kinds in turn; the same seed, the same corpus. */
  static MalformedCorpus write(Path file, int records, int batchSize, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> goodIds = new ArrayList<>();
    List<String> goodIdsOfBatch = new ArrayList<>();
    Map<Long, List<String>> badLines = new LinkedHashMap<>();
    Flaw[] flaws = Flaw.values();
    int nextFlaw = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long line = 1; line <= records; line++) {
        if ((line - 1) % batchSize == 0) {
          goodIdsOfBatch.clear();
        }
        if (line % 3 != 0 || goodIdsOfBatch.isEmpty()) {
          String id = "good-" + line;
          out.write(utf8(line % 2 == 0
              ? "{\"id\":\"" + id + "\",\"text\":\"Record " + line + " is fine, \\u00e9t\\u00e9 and all.\"}"
              : "{\"id\":\"" + id + "\",\"html\":\"<p>Record <b>" + line + "</b> is fine.</p>\"}"));
          goodIds.add(id);
          goodIdsOfBatch.add(id);
        } else {
          Flaw flaw = flaws[nextFlaw++ % flaws.length];
          out.write(malformed(flaw, line, goodIdsOfBatch.get(random.nextInt(goodIdsOfBatch.size())), random));
          badLines.put(line, flaw.reasonWords);
        }
        out.write('\n');
      }
    }
    return new MalformedCorpus(file, goodIds, badLines);
  }

  private static byte[] malformed(Flaw flaw, long line, String earlierId, Random random) {
    String id = "bad-" + line;
    return switch (flaw) {
      case BROKEN_JSON -> utf8("{\"id\":\"" + id + "\",\"text\":\"no closing quote or brace");
      case TRAILING_GARBAGE -> utf8("{\"id\":\"" + id + "\",\"text\":\"fine\"} and then some");
      case INVALID_UTF8 -> concat(utf8("{\"id\":\"" + id + "\",\"text\":\"caf"), new byte[] {(byte) 0xC3, 0x28}, utf8("\"}"));
      case NUL_BYTE -> concat(utf8("{\"id\":\"" + id + "\",\"text\":\"a"), new byte[] {0}, utf8("b\"}"));
      case BINARY_JUNK -> binaryJunk(random);
      case NOT_AN_OBJECT -> utf8("[\"" + id + "\", \"an array\"]");
      case MISSING_ID -> utf8("{\"text\":\"a record without an id, line " + line + "\"}");
      case BLANK_ID -> utf8("{\"id\":\"   \",\"text\":\"blank id\"}");
      case ID_OF_WRONG_TYPE -> utf8("{\"id\":{\"nested\":\"" + id + "\"},\"text\":\"id is an object\"}");
      case OVERLONG_ID -> utf8("{\"id\":\"" + "i".repeat(600) + "\",\"text\":\"long id\"}");
      case TEXT_OF_WRONG_TYPE -> utf8("{\"id\":\"" + id + "\",\"text\":" + line + "}");
      case DUPLICATE_ID -> utf8("{\"id\":\"" + earlierId + "\",\"text\":\"reuses an earlier id\"}");
      case DEEPLY_NESTED_HTML -> utf8("{\"id\":\"" + id + "\",\"html\":\"" + "<div>".repeat(2_000) + "deep\"}");
      case HUGE_ATTRIBUTE -> utf8("{\"id\":\"" + id + "\",\"html\":\"<p title='" + "t".repeat(70_000) + "'>x</p>\"}");
      case OVERSIZED_DOCUMENT -> utf8("{\"id\":\"" + id + "\",\"text\":\"" + "o".repeat(MAX_DOCUMENT_BYTES) + "\"}");
    };
  }

  /**
   * Random bytes without line breaks, starting with a control character no JSON allows and with no zero in the
   * first four bytes (which a parser could take for a UTF-16 or UTF-32 byte order).
   */
  private static byte[] binaryJunk(Random random) {
    byte[] junk = new byte[16 + random.nextInt(200)];
    random.nextBytes(junk);
    junk[0] = 0x01;
    for (int i = 0; i < junk.length; i++) {
      if (junk[i] == '\n' || junk[i] == '\r' || (i < 4 && junk[i] == 0)) {
        junk[i] = 0x02;
      }
    }
    return junk;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
