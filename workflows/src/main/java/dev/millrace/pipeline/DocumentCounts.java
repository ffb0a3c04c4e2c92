package dev.millrace.pipeline;

/** Documents read, kept and quarantined; in = out + quarantined once a batch is done. */
public record DocumentCounts(long documentsIn, long documentsOut, long documentsQuarantined) {
  public static final DocumentCounts ZERO = new DocumentCounts(0, 0, 0);

  public DocumentCounts plus(BatchResult batch) {
    return new DocumentCounts(
        documentsIn + batch.documentsIn(),
        documentsOut + batch.documentsOut(),
        documentsQuarantined + batch.documentsQuarantined());
  }
}
