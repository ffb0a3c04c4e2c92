package dev.millrace.pipeline.text;

/** A document's content cannot be processed safely (pathological HTML, unreadable e-mail); it is quarantined. */
public class UnusableDocumentException extends RuntimeException {
  public UnusableDocumentException(String reason) {
    super(reason);
  }
}
