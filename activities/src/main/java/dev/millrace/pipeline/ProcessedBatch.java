package dev.millrace.pipeline;

import java.util.List;

/** A processed batch ready to store: its documents in input order and its quarantined lines. */
public record ProcessedBatch(int documentsIn, List<OutputDocument> documents, List<QuarantinedRecord> quarantined) {
  public ProcessedBatch {
    documents = List.copyOf(documents);
    quarantined = List.copyOf(quarantined);
  }

  public int documentsOut() {
    return documents.size();
  }

  /**
   * The documents as the JSONL bytes stored for the batch, in one array of the exact size: a batch is
   * megabytes, and a growing buffer's discarded copies were each a humongous object for G1.
   */
  public byte[] jsonl() {
    int length = 0;
    for (OutputDocument document : documents) {
      length = Math.addExact(length, document.jsonLine().length);
    }
    byte[] jsonl = new byte[length];
    int position = 0;
    for (OutputDocument document : documents) {
      byte[] line = document.jsonLine();
      System.arraycopy(line, 0, jsonl, position, line.length);
      position += line.length;
    }
    return jsonl;
  }
}
