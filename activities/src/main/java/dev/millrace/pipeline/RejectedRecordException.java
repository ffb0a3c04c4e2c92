package dev.millrace.pipeline;

/** An input line is not a usable document; the message is the reason stored in quarantine. */
public class RejectedRecordException extends Exception {
  public RejectedRecordException(String reason) {
    super(reason);
  }
}
