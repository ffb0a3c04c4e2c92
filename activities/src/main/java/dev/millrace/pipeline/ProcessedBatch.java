package dev.millrace.pipeline;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
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
    byte[] jsonl = new byte[jsonlLength()];
    int position = 0;
    for (OutputDocument document : documents) {
      byte[] line = document.jsonLine();
      System.arraycopy(line, 0, jsonl, position, line.length);
      position += line.length;
    }
    return jsonl;
  }

  /**
   * The same bytes as {@link #jsonl}, read from the documents' own lines, so that a store can write the
   * batch without the megabytes-long copy (a humongous object for G1, one per batch).
   */
  public InputStream jsonlStream() {
    return new SequenceInputStream(Collections.enumeration(
        documents.stream().map(document -> (InputStream) new ByteArrayInputStream(document.jsonLine())).toList()));
  }

  public int jsonlLength() {
    int length = 0;
    for (OutputDocument document : documents) {
      length = Math.addExact(length, document.jsonLine().length);
    }
    return length;
  }
}
