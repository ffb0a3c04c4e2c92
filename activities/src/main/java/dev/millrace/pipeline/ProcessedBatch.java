package dev.millrace.pipeline;

import java.util.List;

/** A cleaned batch ready to store: its output JSONL and its quarantined lines. */
public record ProcessedBatch(int documentsIn, int documentsOut, byte[] documents, List<QuarantinedRecord> quarantined) {
  public ProcessedBatch {
    quarantined = List.copyOf(quarantined);
  }
}
