package dev.millrace.pipeline;

import java.io.ByteArrayOutputStream;
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

  /** The documents as the JSONL bytes stored for the batch. */
  public byte[] jsonl() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (OutputDocument document : documents) {
      out.writeBytes(document.jsonLine());
    }
    return out.toByteArray();
  }
}
